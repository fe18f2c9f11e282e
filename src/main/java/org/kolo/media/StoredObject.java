package org.kolo.media;

import java.time.Instant;

/** What the storage knows about one object. */
public record StoredObject(String key, long size, String contentType, String etag, Instant lastModified) {}
