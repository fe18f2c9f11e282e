package org.kolo.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The ffmpeg and ffprobe programs (Debian package), when installed: Kolo works without them, with originals only.
 * Uploaded files are an attacker's input, so every call names the demuxer the file's first bytes showed (ffmpeg
 * never guesses: no HLS playlist, concat script or image sequence), allows only the file and pipe protocols, uses
 * few threads, refuses pictures and lengths over the caps, and runs under {@code prlimit} (CPU, memory, file size)
 * with a wall-clock timeout that kills the whole process tree. Their output is never shown or logged.
 */
@ApplicationScoped
public class Ffmpeg {

    private static final Logger LOG = Logger.getLogger(Ffmpeg.class);
    /** More than ffprobe's few lines ever need; the rest is read and dropped. */
    static final int KEPT_OUTPUT = 16 * 1024;

    @Inject
    MediaConfig config;

    private volatile Boolean available;
    private volatile Boolean limited;

    /** What ffprobe found: the length (null when the file does not say) and the largest picture of any stream. */
    public record Probe(Double seconds, long pixels) {

        /** The length in whole seconds, or null. */
        public Integer durationSeconds() {
            return seconds == null ? null : (int) Math.round(seconds);
        }
    }

    public boolean isAvailable() {
        if (available == null) {
            available = runs(List.of(config.ffmpeg(), "-version")) && runs(List.of(config.ffprobe(), "-version"));
            if (!available) {
                LOG.info("ffmpeg is not available: media play in their original form only");
            }
        }
        return available;
    }

    /**
     * Reads the file's length and picture sizes with ffprobe; refuses (for good) a file it cannot read as its type,
     * or one over the picture or length cap.
     */
    public Probe probe(FileType type, Path file) {
        Result result = run(probeCommand(type, file), config.probeTimeout());
        if (result.exitCode() != 0) {
            throw new RenditionFailed("ffprobe could not read it", result.exitCode(), true);
        }
        Probe probe = parse(result.output());
        if (probe.pixels() > config.maxPixels()) {
            throw new RenditionFailed("a picture over " + config.maxPixels() + " pixels", 0, true);
        }
        if (probe.seconds() != null && probe.seconds() > config.maxDuration().toSeconds()) {
            throw new RenditionFailed("longer than " + config.maxDuration(), 0, true);
        }
        return probe;
    }

    /** Makes a rendition of an uploaded file; a failure says only the exit code. */
    public void transcode(
            FileType type, Path input, List<String> inputOptions, List<String> outputOptions, Path output) {
        Result result =
                run(transcodeCommand(type, input, inputOptions, outputOptions, output), config.processTimeout());
        if (result.exitCode() != 0) {
            throw new RenditionFailed("ffmpeg could not make it", result.exitCode(), false);
        }
    }

    /** Runs ffmpeg on inputs Kolo made itself (the demo's test pattern), with the same limits. */
    public void generate(List<String> arguments) {
        List<String> command = limits();
        command.addAll(List.of(config.ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y"));
        command.addAll(arguments);
        Result result = run(command, config.processTimeout());
        if (result.exitCode() != 0) {
            throw new RenditionFailed("ffmpeg could not make it", result.exitCode(), false);
        }
    }

    List<String> probeCommand(FileType type, Path file) {
        List<String> command = limits();
        // ffprobe has no -nostdin: its standard input is closed instead.
        command.addAll(List.of(config.ffprobe(), "-hide_banner", "-v", "error"));
        command.addAll(inputOptions(type));
        command.addAll(List.of(
                "-show_entries",
                "stream=width,height:format=duration",
                "-of",
                "default=noprint_wrappers=1",
                "file:" + file.toAbsolutePath()));
        return command;
    }

    List<String> transcodeCommand(
            FileType type, Path input, List<String> inputOptions, List<String> outputOptions, Path output) {
        String threads = String.valueOf(config.processThreads());
        List<String> command = limits();
        command.addAll(List.of(config.ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y"));
        command.addAll(inputOptions(type));
        command.addAll(inputOptions);
        command.addAll(List.of(
                "-i",
                "file:" + input.toAbsolutePath(),
                "-t",
                String.valueOf(config.maxDuration().toSeconds()),
                "-threads",
                threads,
                "-filter_threads",
                threads));
        command.addAll(outputOptions);
        command.add("file:" + output.toAbsolutePath());
        return command;
    }

    /** Options in front of an uploaded input: its demuxer, the protocols, threads and the decoders' picture cap. */
    private List<String> inputOptions(FileType type) {
        String demuxer =
                type.demuxer().orElseThrow(() -> new RenditionFailed("no demuxer for " + type.extension(), 0, true));
        return List.of(
                "-protocol_whitelist",
                "file,pipe",
                "-threads",
                String.valueOf(config.processThreads()),
                "-max_pixels",
                String.valueOf(config.maxPixels()),
                "-f",
                demuxer);
    }

    /** The {@code prlimit} prefix, or nothing (once said in the log) where the program is missing. */
    private List<String> limits() {
        if (limited == null) {
            limited = runs(List.of(config.prlimit(), "--version"));
            if (!limited) {
                LOG.warnf(
                        "%s is not available: ffmpeg and ffprobe run without CPU, memory and file size limits",
                        config.prlimit());
            }
        }
        List<String> prefix = new ArrayList<>();
        if (limited) {
            prefix.addAll(List.of(
                    config.prlimit(),
                    "--cpu=" + config.processCpuSeconds(),
                    "--as=" + config.processMemoryBytes(),
                    "--fsize=" + config.processFileBytes(),
                    "--"));
        }
        return prefix;
    }

    static Probe parse(String output) {
        Double seconds = null;
        long width = 0;
        long pixels = 0;
        for (String line : output.split("\n")) {
            String[] entry = line.strip().split("=", 2);
            if (entry.length != 2 || entry[1].equals("N/A")) {
                continue;
            }
            try {
                switch (entry[0]) {
                    case "width" -> width = Long.parseLong(entry[1]);
                    case "height" -> pixels = Math.max(pixels, width * Long.parseLong(entry[1]));
                    case "duration" -> seconds = Double.parseDouble(entry[1]);
                    default -> {}
                }
            } catch (NumberFormatException e) {
                throw new RenditionFailed("ffprobe said something unexpected", 0, true);
            }
        }
        return new Probe(seconds, pixels);
    }

    private record Result(int exitCode, String output) {}

    /** Runs a command with its error output dropped and at most {@link #KEPT_OUTPUT} bytes of its output kept. */
    private static Result run(List<String> command, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new RenditionFailed("cannot start " + command.get(0), -1, false);
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> keep(process.getInputStream(), kept), "kolo-ffmpeg-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new RenditionFailed("took longer than " + timeout, -1, false);
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
            synchronized (kept) {
                return new Result(process.exitValue(), kept.toString(StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new RenditionFailed("interrupted", -1, false);
        }
    }

    private static void keep(InputStream in, ByteArrayOutputStream kept) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                synchronized (kept) {
                    kept.write(buffer, 0, Math.max(0, Math.min(read, KEPT_OUTPUT - kept.size())));
                }
            }
        } catch (IOException e) {
            // the process ended or was killed; what came is enough
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill(process);
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * ffmpeg or ffprobe could not make or read a file. The message is Kolo's own words (never the program's output)
     * for the log; {@code refused} says the file itself is at fault, so trying again would not help.
     */
    public static class RenditionFailed extends RuntimeException {
        private final int exitCode;
        private final boolean refused;

        public RenditionFailed(String message, int exitCode, boolean refused) {
            super(message, null, false, false);
            this.exitCode = exitCode;
            this.refused = refused;
        }

        public int exitCode() {
            return exitCode;
        }

        public boolean refused() {
            return refused;
        }
    }
}
