package org.kolo.accounts;

/** Which requests are the API: bearer tokens only, JSON answers, no session cookie and no CSRF form token. */
public final class ApiRequests {

    private ApiRequests() {}

    /** A path (without query) under {@code /api}. */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
