package org.kolo.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command lines Kolo gives ffmpeg and ffprobe for an uploaded file: nothing left for them to guess. */
@QuarkusTest
class FfmpegCommandTest {

    private static final FileType MP4 = type("\0\0\0\u0018ftypisom\0\0\0\0");
    private static final FileType MP3 = type("ID3\u0004\0\0\0\0\0\0\0\0\0\0\0\0");

    @Inject
    Ffmpeg ffmpeg;

    @Test
    void ffprobe_runs_under_prlimit_with_the_demuxer_of_the_first_bytes_and_only_file_and_pipe() {
        List<String> command = ffmpeg.probeCommand(MP3, Path.of("/tmp/job/original"));
        assertEquals(
                List.of("prlimit", "--cpu=3600", "--as=2147483648", "--fsize=2147483648", "--", "ffprobe"),
                command.subList(0, 6));
        assertTrue(command.contains("-hide_banner"));
        assertPair(command, "-protocol_whitelist", "file,pipe");
        assertPair(command, "-threads", "1");
        assertPair(command, "-max_pixels", "921600");
        assertPair(command, "-f", "mp3");
        assertEquals("file:/tmp/job/original", command.get(command.size() - 1));
    }

    @Test
    void ffmpeg_names_the_demuxer_before_the_input_and_caps_threads_and_length() {
        Rendition poster = Rendition.POSTER;
        List<String> command = ffmpeg.transcodeCommand(
                MP4,
                Path.of("/tmp/job/original"),
                poster.inputOptions(),
                poster.outputOptions(),
                Path.of("/tmp/job/poster.jpg"));
        assertEquals("prlimit", command.get(0));
        int input = command.indexOf("-i");
        assertEquals("file:/tmp/job/original", command.get(input + 1));
        List<String> before = command.subList(0, input);
        assertTrue(before.containsAll(List.of("-hide_banner", "-nostdin")));
        assertPair(before, "-protocol_whitelist", "file,pipe");
        assertPair(before, "-f", "mov");
        assertPair(before, "-threads", "1");
        assertPair(before, "-ss", "1");
        List<String> after = command.subList(input, command.size());
        assertPair(after, "-threads", "1");
        assertPair(after, "-filter_threads", "1");
        assertPair(after, "-t", "60");
        assertEquals("file:/tmp/job/poster.jpg", command.get(command.size() - 1));
    }

    @Test
    void every_type_ffmpeg_reads_has_its_demuxer_and_the_others_none() {
        assertEquals(
                "matroska",
                type("\u001aE\u00df\u00a3\0\0\0\0\0\0\0\0\0\0\0\0").demuxer().orElseThrow());
        assertEquals("ogg", type("OggS\0\0\0\0\0\0\0\0\0\0\0\0").demuxer().orElseThrow());
        assertEquals("wav", type("RIFF\0\0\0\0WAVEfmt ").demuxer().orElseThrow());
        assertTrue(type("%PDF-1.7\n\0\0\0\0\0\0\0").demuxer().isEmpty());
        assertThrows(
                Ffmpeg.RenditionFailed.class,
                () -> ffmpeg.probeCommand(type("%PDF-1.7\n\0\0\0\0\0\0\0"), Path.of("/tmp/job/original")));
    }

    @Test
    void the_largest_picture_of_any_stream_counts() {
        Ffmpeg.Probe probe = Ffmpeg.parse("width=640\nheight=360\nwidth=4000\nheight=3000\nduration=12.6\n");
        assertEquals(12_000_000, probe.pixels());
        assertEquals(13, probe.durationSeconds());
        assertEquals(null, Ffmpeg.parse("duration=N/A\n").durationSeconds());
    }

    private static void assertPair(List<String> command, String option, String value) {
        int at = command.indexOf(option);
        assertTrue(at >= 0 && value.equals(command.get(at + 1)), option + " " + value + " in " + command);
    }

    private static FileType type(String head) {
        return FileType.of(head.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow();
    }
}
