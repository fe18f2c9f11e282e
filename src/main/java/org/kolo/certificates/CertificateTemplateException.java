package org.kolo.certificates;

/** A certificate template that cannot be used; the message names the file, the line where known, and the field. */
public class CertificateTemplateException extends RuntimeException {

    public CertificateTemplateException(String message) {
        super(message);
    }

    public CertificateTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
