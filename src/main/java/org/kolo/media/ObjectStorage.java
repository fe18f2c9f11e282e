package org.kolo.media;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.jboss.logging.Logger;

/**
 * The one bean that talks to the object storage. Keys are chosen by Kolo, never by a person; callers get
 * streams and presigned URLs, never the MinIO client.
 */
@ApplicationScoped
public class ObjectStorage {

    private static final Logger LOG = Logger.getLogger(ObjectStorage.class);

    private final StorageConfig config;
    private final MinioClient client;
    private volatile boolean bucketReady;

    public ObjectStorage(StorageConfig config) {
        this.config = config;
        this.client = MinioClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .region(config.region())
                .httpClient(httpClient(config))
                .build();
    }

    private static OkHttpClient httpClient(StorageConfig config) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(config.maxConcurrentCalls());
        dispatcher.setMaxRequestsPerHost(config.maxConcurrentCalls());
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.ioTimeout())
                .writeTimeout(config.ioTimeout())
                .protocols(List.of(Protocol.HTTP_1_1))
                .build();
    }

    void createBucketAtStart(@Observes StartupEvent event) {
        try {
            ensureBucket();
        } catch (StorageException e) {
            LOG.warnf("Object storage not ready at start (%s); readiness stays DOWN until it is", e.getMessage());
        }
    }

    /** Creates the configured bucket if it does not exist yet. */
    public void ensureBucket() {
        call("create bucket", () -> {
            if (!client.bucketExists(
                    BucketExistsArgs.builder().bucket(config.bucket()).build())) {
                client.makeBucket(MakeBucketArgs.builder()
                        .bucket(config.bucket())
                        .region(config.region())
                        .build());
                LOG.infof("Created bucket %s", config.bucket());
            }
            bucketReady = true;
            return null;
        });
    }

    /** True when the bucket exists and answers; used by readiness. */
    public boolean isReachable() {
        try {
            if (!bucketReady) {
                ensureBucket();
            }
            return call(
                    "check bucket",
                    () -> client.bucketExists(
                            BucketExistsArgs.builder().bucket(config.bucket()).build()));
        } catch (StorageException e) {
            return false;
        }
    }

    /** Stores an object of known size; above the configured part size it goes up in parts. */
    public void put(String key, InputStream content, long size, String contentType) {
        call(
                "put " + key,
                () -> client.putObject(PutObjectArgs.builder().bucket(config.bucket()).object(key).stream(
                                content, size, size > config.partSize() ? config.partSize() : -1)
                        .contentType(contentType)
                        .build()));
    }

    /** The whole object; the caller closes the stream. */
    public InputStream get(String key) {
        return call(
                "get " + key,
                () -> client.getObject(GetObjectArgs.builder()
                        .bucket(config.bucket())
                        .object(key)
                        .build()));
    }

    /** {@code length} bytes from {@code offset}; the caller closes the stream. */
    public InputStream getRange(String key, long offset, long length) {
        return call(
                "get range of " + key,
                () -> client.getObject(GetObjectArgs.builder()
                        .bucket(config.bucket())
                        .object(key)
                        .offset(offset)
                        .length(length)
                        .build()));
    }

    /** A URL that lets whoever holds it read the object until it expires. */
    public String presignedGet(String key, Duration validity) {
        return call(
                "presign " + key,
                () -> client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                        .method(Method.GET)
                        .bucket(config.bucket())
                        .object(key)
                        .expiry((int) validity.toSeconds(), TimeUnit.SECONDS)
                        .build()));
    }

    /** Object metadata, or empty when there is no such object. */
    public Optional<StoredObject> stat(String key) {
        try {
            StatObjectResponse stat = client.statObject(
                    StatObjectArgs.builder().bucket(config.bucket()).object(key).build());
            return Optional.of(new StoredObject(
                    key,
                    stat.size(),
                    stat.contentType(),
                    stat.etag(),
                    stat.lastModified().toInstant()));
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())
                    || "NoSuchObject".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw new StorageException(
                    "stat " + key + " failed: " + e.errorResponse().code(), e);
        } catch (Exception e) {
            throw new StorageException("stat " + key + " failed", e);
        }
    }

    /** Removes an object; removing a missing object is not an error. */
    public void delete(String key) {
        call("delete " + key, () -> {
            client.removeObject(RemoveObjectArgs.builder()
                    .bucket(config.bucket())
                    .object(key)
                    .build());
            return null;
        });
    }

    private interface StorageCall<T> {
        T run() throws Exception;
    }

    private static <T> T call(String operation, StorageCall<T> call) {
        try {
            return call.run();
        } catch (ErrorResponseException e) {
            throw new StorageException(
                    operation + " failed: " + e.errorResponse().code(), e);
        } catch (Exception e) {
            throw new StorageException(operation + " failed", e);
        }
    }
}
