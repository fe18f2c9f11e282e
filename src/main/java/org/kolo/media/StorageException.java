package org.kolo.media;

/** The object storage could not do what was asked; the message names the operation and key, never credentials. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
