package org.kolo.media;

import java.nio.file.Path;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

    /** {@code presigned}: browsers fetch from the storage with short-lived URLs; {@code proxy}: Kolo streams. */
    @WithDefault("presigned")
    String delivery();

    /** How long a media URL given to a browser stays valid. */
    @WithDefault("5M")
    Duration urlValidity();

    /** The ffmpeg program that makes lighter renditions; when it cannot run, the original is all there is. */
    @WithDefault("ffmpeg")
    String ffmpeg();

    @WithDefault("ffprobe")
    String ffprobe();

    /** The local run's demo video and handout, made at start; never set in production. */
    @WithDefault("false")
    boolean demo();

    default boolean isProxy() {
        return "proxy".equals(delivery());
    }
}
