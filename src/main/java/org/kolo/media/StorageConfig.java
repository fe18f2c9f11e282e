package org.kolo.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where objects live: any S3-compatible server (MinIO, S3Proxy, AWS S3). */
@ConfigMapping(prefix = "kolo.storage")
public interface StorageConfig {

    /** Base URL of the S3 API, such as {@code http://127.0.0.1:9000}. */
    String endpoint();

    String accessKey();

    String secretKey();

    /** Created at start when missing. */
    String bucket();

    @WithDefault("us-east-1")
    String region();

    /** Objects larger than this are uploaded in parts of this size (5 MiB is the S3 minimum). */
    @WithDefault("8388608")
    long partSize();

    /**
     * How long a storage call may wait for a connection, or for the server between two reads or writes: a server
     * that stops answering then fails the call (the MinIO client's own default is 5 minutes, and a call that hangs
     * holds its request, its database transaction and any lock it took).
     */
    @WithDefault("5S")
    java.time.Duration connectTimeout();

    @WithDefault("30S")
    java.time.Duration ioTimeout();

    /** Storage calls under way at once, to the one storage host (OkHttp allows 5 by default). */
    @WithDefault("64")
    int maxConcurrentCalls();
}
