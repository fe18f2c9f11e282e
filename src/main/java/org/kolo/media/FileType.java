package org.kolo.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, judged by its first bytes (its "magic"), never by its name or what the sender says. Only the
 * kinds trainings use are allowed: MP4/QuickTime/WebM video, MP3/M4A/Ogg/WAV audio, PDF handouts, PNG/JPEG/WebP images.
 */
public record FileType(MediaKind kind, String contentType, String extension) {

    /** Enough bytes to tell every allowed type apart. */
    public static final int HEAD = 16;

    public static Optional<FileType> of(byte[] head) {
        if (head.length < 12) {
            return startsWith(head, "%PDF-")
                    ? Optional.of(new FileType(MediaKind.DOCUMENT, "application/pdf", "pdf"))
                    : Optional.empty();
        }
        if (ascii(head, 4, 8).equals("ftyp")) {
            String brand = ascii(head, 8, 12);
            if (brand.startsWith("M4A") || brand.startsWith("M4B")) {
                return Optional.of(new FileType(MediaKind.AUDIO, "audio/mp4", "m4a"));
            }
            return Optional.of(
                    brand.equals("qt  ")
                            ? new FileType(MediaKind.VIDEO, "video/quicktime", "mov")
                            : new FileType(MediaKind.VIDEO, "video/mp4", "mp4"));
        }
        if (bytes(head, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(new FileType(MediaKind.VIDEO, "video/webm", "webm"));
        }
        if (startsWith(head, "RIFF")) {
            String form = ascii(head, 8, 12);
            return form.equals("WAVE")
                    ? Optional.of(new FileType(MediaKind.AUDIO, "audio/wav", "wav"))
                    : form.equals("WEBP")
                            ? Optional.of(new FileType(MediaKind.IMAGE, "image/webp", "webp"))
                            : Optional.empty();
        }
        if (startsWith(head, "OggS")) {
            return Optional.of(new FileType(MediaKind.AUDIO, "audio/ogg", "ogg"));
        }
        if (startsWith(head, "ID3") || (head[0] & 0xFF) == 0xFF && ((head[1] & 0xE0) == 0xE0)) {
            return Optional.of(new FileType(MediaKind.AUDIO, "audio/mpeg", "mp3"));
        }
        if (startsWith(head, "%PDF-")) {
            return Optional.of(new FileType(MediaKind.DOCUMENT, "application/pdf", "pdf"));
        }
        if (bytes(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(new FileType(MediaKind.IMAGE, "image/png", "png"));
        }
        if (bytes(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(new FileType(MediaKind.IMAGE, "image/jpeg", "jpg"));
        }
        return Optional.empty();
    }

    /**
     * The ffmpeg demuxer for this type, named on every call so that ffmpeg never guesses from the content (an ID3
     * tag followed by an HLS playlist would otherwise be read as a playlist); empty for what ffmpeg never reads.
     */
    public Optional<String> demuxer() {
        return Optional.ofNullable(
                switch (extension) {
                    case "mp4", "mov", "m4a" -> "mov";
                    case "webm" -> "matroska";
                    case "mp3" -> "mp3";
                    case "ogg" -> "ogg";
                    case "wav" -> "wav";
                    default -> null;
                });
    }

    private static boolean startsWith(byte[] head, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        return head.length >= expected.length && Arrays.equals(head, 0, expected.length, expected, 0, expected.length);
    }

    private static boolean bytes(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] head, int from, int to) {
        return new String(head, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
