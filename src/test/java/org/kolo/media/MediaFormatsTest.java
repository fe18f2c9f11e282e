package org.kolo.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** File types by content, WebVTT checks by line, byte ranges, names. */
class MediaFormatsTest {

    private static byte[] head(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void types_are_told_by_their_first_bytes() {
        assertEquals(
                "video/mp4",
                FileType.of(head("\0\0\0\u0018ftypisom\0\0\0\0")).orElseThrow().contentType());
        assertEquals(
                "audio/mp4",
                FileType.of(head("\0\0\0\u0018ftypM4A \0\0\0\0")).orElseThrow().contentType());
        assertEquals(
                "application/pdf",
                FileType.of(head("%PDF-1.7\nxxxxxxxx")).orElseThrow().contentType());
        assertEquals(
                "image/png",
                FileType.of(head("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR"))
                        .orElseThrow()
                        .contentType());
        assertEquals(
                "video/webm",
                FileType.of(head("\u001aE\u00df\u00a3xxxxxxxxxxxx"))
                        .orElseThrow()
                        .contentType());
        assertEquals(
                "audio/wav",
                FileType.of(head("RIFF\0\0\0\0WAVEfmt ")).orElseThrow().contentType());
        assertEquals(Optional.empty(), FileType.of(head("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0")));
        assertEquals(Optional.empty(), FileType.of(head("<html><script>x")));
    }

    @Test
    void subtitle_problems_are_reported_by_line() {
        assertEquals(List.of(new WebVtt.Problem(1, "header")), WebVtt.check("00:00:01.000 --> 00:00:02.000\nHi\n"));
        List<WebVtt.Problem> problems = WebVtt.check("""
                WEBVTT

                00:00:01.000 --> 00:00:02.000
                Сәлем

                00:00:03,000 --> 00:00:04.000
                Қош

                00:00:06.000 --> 00:00:05.000
                Ой
                """);
        assertEquals(List.of(new WebVtt.Problem(6, "timing"), new WebVtt.Problem(9, "end-before-start")), problems);
        assertTrue(WebVtt.check("WEBVTT\n\n01:00:00.000 --> 01:00:01.500 align:start\nЇжак\n")
                .isEmpty());
        assertEquals(
                List.of(new WebVtt.Problem(2, "timing")),
                WebVtt.check("WEBVTT\n44:09.362 --> 87524767547721647359:14:53.809\nҚош\n"));
        assertEquals(
                List.of("Сәлем, құрбым", "Ґанок"),
                WebVtt.transcript(
                        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<b>Сәлем</b>,\nқұрбым\n\n00:00:03.000 --> 00:00:04.000\nҐанок\n"));
    }

    @Test
    void ranges_are_resolved_against_the_size() {
        assertEquals(new ByteRange(0, 99), ByteRange.parse("bytes=0-99", 1000).orElseThrow());
        assertEquals(
                new ByteRange(900, 999), ByteRange.parse("bytes=900-", 1000).orElseThrow());
        assertEquals(new ByteRange(990, 999), ByteRange.parse("bytes=-10", 1000).orElseThrow());
        assertEquals(
                new ByteRange(500, 999), ByteRange.parse("bytes=500-5000", 1000).orElseThrow());
        assertEquals(Optional.empty(), ByteRange.parse("bytes=0-1,5-6", 1000));
        assertEquals(Optional.empty(), ByteRange.parse(null, 1000));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=1000-", 1000));
    }

    @Test
    void file_names_are_metadata_without_paths_and_downloads_are_named_by_title() {
        assertEquals("Памятка.pdf", MediaNames.clean("C:\\Users\\x\\..\\Памятка.pdf"));
        assertEquals("a.pdf", MediaNames.clean("../../a.pdf\u0000"));
        assertEquals(
                "Құқықтарыңызды-біліңіз-360p.mp4", MediaNames.downloadName("Құқықтарыңызды біліңіз!", "360p", "mp4"));
        assertEquals("Памятка.pdf", MediaNames.downloadName("Памятка", "original", "pdf"));
        assertTrue(MediaNames.ID.matcher(MediaNames.newId()).matches());
    }

    @Test
    void long_names_are_cut_between_letters_and_never_end_in_a_gap_or_a_hyphen() {
        String name = MediaNames.clean("я".repeat(199) + "\uD835\uDD38 b.pdf");
        assertEquals("я".repeat(199) + "\uD835\uDD38", name);
        assertEquals("a", MediaNames.clean("a" + " ".repeat(199) + "b"));
        assertEquals("x.pdf", MediaNames.clean("\uD800x.pdf"));
        assertEquals("абв-".repeat(19) + "абв-light.mp4", MediaNames.downloadName("абв ".repeat(21), "LIGHT", "mp4"));
    }
}
