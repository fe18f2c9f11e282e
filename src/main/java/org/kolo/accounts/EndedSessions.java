package org.kolo.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kolo.hashing.Sha256;

/**
 * Keycloak sessions that have ended, shared by all Kolo instances through the database: the instance that hears of
 * a logout writes it, every instance reads what is new every two seconds and refuses those sessions' cookies from
 * then on. Keyed by a hash of the session id, so the table names no session a stolen backup could use.
 */
@ApplicationScoped
public class EndedSessions {

    private static final Logger LOG = Logger.getLogger(EndedSessions.class);
    /** Reads overlap: a row committed late by another instance, or stamped by a clock a little behind, still counts. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kolo.sessions.remember-ended-for")
    Duration rememberFor;

    private Cache<String, Boolean> ended;
    private volatile Instant readUntil = Instant.EPOCH;

    void start(@Observes StartupEvent start) {
        ended = Caffeine.newBuilder().expireAfterWrite(rememberFor).build();
        readNew();
    }

    /** Ends a session on every instance; its cookies are refused here at once. */
    public void end(String sessionId) {
        String hash = hash(sessionId);
        ended.put(hash, Boolean.TRUE);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into ended_session"
                        + " (session_hash, ended_at, forget_after) values (?, now(), now() + ?::interval)"
                        + " on conflict (session_hash) do nothing")) {
            insert.setString(1, hash);
            insert.setString(2, rememberFor.toSeconds() + " seconds");
            insert.executeUpdate();
        } catch (SQLException e) {
            // This instance refuses the session already; the others learn of it when Keycloak's tokens expire.
            LOG.errorf("An ended session could not be shared with the other instances (SQL state %s)", e.getSQLState());
        }
    }

    public boolean isEnded(String sessionId) {
        return sessionId != null && ended.getIfPresent(hash(sessionId)) != null;
    }

    @Scheduled(every = "${kolo.sessions.read-ended-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void readNew() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select session_hash, ended_at from ended_session"
                                + " where ended_at > ? and forget_after > now()")) {
            select.setTimestamp(1, Timestamp.from(readUntil.minus(OVERLAP)));
            Instant latest = readUntil;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ended.put(rows.getString(1), Boolean.TRUE);
                    Instant at = rows.getTimestamp(2).toInstant();
                    latest = at.isAfter(latest) ? at : latest;
                }
            }
            readUntil = latest;
        } catch (SQLException e) {
            LOG.warnf("Ended sessions could not be read (SQL state %s); trying again shortly", e.getSQLState());
        }
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOld() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from ended_session where forget_after < now()")) {
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Old ended sessions could not be deleted (SQL state %s)", e.getSQLState());
        }
    }

    static String hash(String value) {
        return Sha256.hex(value);
    }
}
