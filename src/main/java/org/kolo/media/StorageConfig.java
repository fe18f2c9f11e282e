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
}
