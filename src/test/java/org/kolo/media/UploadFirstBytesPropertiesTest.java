package org.kolo.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Mutations;
import org.kolo.testing.Properties;

/** An upload is judged by its first bytes and kept under a cleaned name, whatever the sender put in either. */
class UploadFirstBytesPropertiesTest {

    private static final Map<String, byte[]> MAGIC = Map.of(
            "mp4", bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'),
            "mov", bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '),
            "m4a", bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'M', '4', 'A', ' '),
            "webm", bytes(0x1A, 0x45, 0xDF, 0xA3),
            "wav", bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E'),
            "webp", bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'),
            "ogg", bytes('O', 'g', 'g', 'S'),
            "pdf", bytes('%', 'P', 'D', 'F', '-'),
            "png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            "jpg", bytes(0xFF, 0xD8, 0xFF, 0xE0));
    private static final List<String> EXTENSIONS =
            List.copyOf(MAGIC.keySet()).stream().sorted().toList();
    private static final Mutations NAMES = new Mutations(
            List.of(
                    "урок-1.mp4",
                    "C:\\Users\\Айгүл\\Видео\\суд.webm",
                    "/home/x/../../etc/passwd",
                    "Заява до суду (2).pdf",
                    ""),
            List.of("/", "\\", ".", "..", " "));

    @Test
    void any_first_bytes_get_a_type_or_none_and_never_an_exception() {
        Properties.forAll(
                "file type of any bytes",
                UploadFirstBytesPropertiesTest::anyBytes,
                Properties::shorter,
                head -> FileType.of(head).ifPresent(FileType::demuxer));
    }

    @Test
    void a_known_signature_is_recognised_whatever_follows_it() {
        Properties.forAll(
                "file type of a signature",
                UploadFirstBytesPropertiesTest::signed,
                signed -> Stream.<Signed>empty(),
                signed -> assertEquals(
                        signed.extension(),
                        FileType.of(signed.head()).map(FileType::extension).orElse("none"),
                        signed::toString));
    }

    /** The first bytes of a file of a known type. */
    private record Signed(String extension, byte[] head) {
        @Override
        public String toString() {
            return extension + " " + HexFormat.of().formatHex(head);
        }
    }

    @Test
    void a_cleaned_file_name_has_no_path_no_control_character_and_is_clean_already() {
        Properties.forAll("clean file name", NAMES, Properties::shorter, name -> {
            String clean = MediaNames.clean(name);
            if (clean == null) {
                return;
            }
            assertFalse(clean.contains("/") || clean.contains("\\") || clean.isBlank(), clean);
            assertTrue(
                    clean.codePoints()
                            .noneMatch(c -> Character.isISOControl(c)
                                    || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE),
                    clean);
            assertTrue(clean.codePointCount(0, clean.length()) <= 200, "length " + clean.length());
            assertEquals(clean, MediaNames.clean(clean));
        });
    }

    @Test
    void a_download_name_is_letters_digits_and_hyphens_with_the_extension() {
        Properties.forAll("download name", NAMES, Properties::shorter, title -> {
            String name = MediaNames.downloadName(title, "LIGHT", "mp4");
            assertTrue(name.matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*-light\\.mp4"), name);
            assertTrue(name.codePointCount(0, name.length()) <= 80 + "-light.mp4".length(), name);
        });
    }

    private static byte[] anyBytes(Random random) {
        byte[] head = new byte[random.nextInt(FileType.HEAD * 2 + 1)];
        random.nextBytes(head);
        if (head.length > 0 && random.nextBoolean()) {
            byte[] magic = MAGIC.get(EXTENSIONS.get(random.nextInt(EXTENSIONS.size())));
            System.arraycopy(magic, 0, head, 0, Math.min(magic.length, head.length));
        }
        return head;
    }

    private static Signed signed(Random random) {
        String extension = EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
        byte[] magic = MAGIC.get(extension);
        byte[] head = new byte[Math.max(magic.length, 12) + random.nextInt(FileType.HEAD)];
        random.nextBytes(head);
        System.arraycopy(magic, 0, head, 0, magic.length);
        return new Signed(extension, head);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
