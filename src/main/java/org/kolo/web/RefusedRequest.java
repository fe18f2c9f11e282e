package org.kolo.web;

/**
 * A request the application understood and refuses for a reason of its own (a quiz answer after the time limit,
 * say). It becomes a problem+json with {@code urn:kolo:problem:<code>} under /api, or the translated error page.
 * The message key names a text in every language; its arguments are formatted into it.
 */
public class RefusedRequest extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] arguments;
    private long retryAfterSeconds;

    public RefusedRequest(int status, String code, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
    }

    public int status() {
        return status;
    }

    /** The problem's code, also the end of its message key: {@code problem.<code>}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments;
    }

    /** Tells the caller when to try again (a rate limit); sent as {@code Retry-After}. */
    public RefusedRequest retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
