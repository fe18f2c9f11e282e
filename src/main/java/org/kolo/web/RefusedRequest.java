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
}
