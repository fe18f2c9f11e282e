package org.kolo.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** How media is uploaded, stored and delivered. */
@ConfigMapping(prefix = "kolo.media")
public interface MediaConfig {

    /** The largest file one may upload. */
    @WithDefault("2147483648")
    long maxUploadBytes();

    /** The most one request of an upload may carry; uploads come in chunks this size, so a lost one costs little. */
    @WithDefault("1000000")
    int chunkBytes();

    /** Where arriving bytes wait until the whole file is there (on Kolo's disk, never in memory). */
    Path stagingDir();

    /** An upload with no new bytes for this long is abandoned and its bytes deleted. */
    @WithDefault("24H")
    Duration abandonedAfter();

    /** How media reaches a browser. */
    enum Delivery {
        /** Browsers fetch from the storage with short-lived URLs. */
        PRESIGNED,
        /** Kolo streams every byte (when the storage cannot be reached from outside). */
        PROXY
    }

    /** {@code presigned} or {@code proxy}; anything else stops Kolo at start, naming the setting. */
    @WithDefault("presigned")
    Delivery delivery();

    /** How long a media URL given to a browser stays valid. */
    @WithDefault("5M")
    Duration urlValidity();

    /** The ffmpeg program that makes lighter renditions; when it cannot run, the original is all there is. */
    @WithDefault("ffmpeg")
    String ffmpeg();

    @WithDefault("ffprobe")
    String ffprobe();

    /** The util-linux program that sets the OS limits below on each ffmpeg and ffprobe; without it they run unlimited. */
    @WithDefault("prlimit")
    String prlimit();

    /** CPU seconds one ffmpeg or ffprobe run may use. */
    @WithDefault("3600")
    long processCpuSeconds();

    /** The address space (virtual memory) one run may use. */
    @WithDefault("2147483648")
    long processMemoryBytes();

    /** The largest file one run may write. */
    @WithDefault("2147483648")
    long processFileBytes();

    /** How long one ffmpeg run may take before its process tree is killed; below the 90 minutes a job may stand. */
    @WithDefault("60M")
    Duration processTimeout();

    /** How long ffprobe may take to read a file. */
    @WithDefault("2M")
    Duration probeTimeout();

    /** Threads for decoding, filters and encoding. */
    @WithDefault("1")
    int processThreads();

    /** The largest picture (width × height) an uploaded video may have; 3840×2160 by default. */
    @WithDefault("8294400")
    long maxPixels();

    /** The longest video or audio that is processed. */
    @WithDefault("4H")
    Duration maxDuration();

    /** The local run's demo video and handout, made at start; never set in production. */
    @WithDefault("false")
    boolean demo();

    default boolean isProxy() {
        return delivery() == Delivery.PROXY;
    }
}
