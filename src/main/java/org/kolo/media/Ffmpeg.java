package org.kolo.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/** The ffmpeg and ffprobe programs (Debian package), when installed: Kolo works without them, with originals only. */
@ApplicationScoped
public class Ffmpeg {

    private static final Logger LOG = Logger.getLogger(Ffmpeg.class);
    private static final long TIMEOUT_MINUTES = 60;

    @Inject
    MediaConfig config;

    private volatile Boolean available;

    public boolean isAvailable() {
        if (available == null) {
            available = runs(List.of(config.ffmpeg(), "-version")) && runs(List.of(config.ffprobe(), "-version"));
            if (!available) {
                LOG.info("ffmpeg is not available: media play in their original form only");
            }
        }
        return available;
    }

    /** The media's length in whole seconds, or null when it cannot be told. */
    public Integer duration(Path file) {
        if (!isAvailable()) {
            return null;
        }
        try {
            String out = run(List.of(config.ffprobe(), "-v", "error", "-show_entries", "format=duration",
                    "-of", "csv=p=0", file.toString()));
            return (int) Math.round(Double.parseDouble(out.strip()));
        } catch (RenditionFailed | NumberFormatException e) {
            return null;
        }
    }

    /** Runs ffmpeg with these arguments; fails with the end of its error output. */
    public void transcode(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(config.ffmpeg(), "-hide_banner", "-loglevel", "error", "-y",
                "-nostdin"));
        command.addAll(arguments);
        run(command);
    }

    private String run(List<String> command) {
        Path log = null;
        try {
            log = Files.createTempFile("kolo-ffmpeg", ".log");
            Path out = Files.createTempFile("kolo-ffmpeg", ".out");
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(out.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new RenditionFailed("took longer than " + TIMEOUT_MINUTES + " minutes");
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            if (process.exitValue() != 0) {
                String error = Files.readString(log, StandardCharsets.UTF_8).strip();
                throw new RenditionFailed(error.isEmpty() ? "exit code " + process.exitValue()
                        : error.substring(Math.max(0, error.length() - 300)));
            }
            return output;
        } catch (IOException e) {
            throw new RenditionFailed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenditionFailed("interrupted");
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its temporary folder
                }
            }
        }
    }

    private static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** ffmpeg could not make a file; the message says why, for the uploader. */
    public static class RenditionFailed extends RuntimeException {
        public RenditionFailed(String message) {
            super(message, null, false, false);
        }
    }
}
