package org.kolo.web;

import java.sql.SQLException;

/**
 * A request that waited longer than the connection pool's acquisition timeout: the database is overloaded, not
 * broken. Requests on virtual threads queue at the pool rather than at a small thread pool, so under a burst this is
 * how overload shows; the caller gets a 503 with Retry-After instead of an incident, and nothing was written.
 */
final class DatabaseBusy {

    // Agroal's only signal: an SQLException with this message (no subclass or SQL state of its own).
    private static final String AGROAL_TIMEOUT = "acquisition timeout";

    private DatabaseBusy() {}

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException
                    && t.getMessage() != null
                    && t.getMessage().contains(AGROAL_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
