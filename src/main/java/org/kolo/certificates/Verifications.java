package org.kolo.certificates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Looks a code up for verification: a public page asked thousands of times a second. What a certificate says never
 * changes, so rows are kept in memory for a minute (codes that match nothing too, bounded); revocation and
 * re-issue here forget the code at once, and other instances within the minute. The status is worked out on every
 * call, so expiry is exact.
 */
@ApplicationScoped
public class Verifications {

    private static final Optional<Stored> NONE = Optional.empty();

    @Inject
    DataSource dataSource;

    @Inject
    CertificateConfig config;

    private final Cache<String, Optional<Stored>> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(100_000)
            .build();

    /** The fields of a certificate row that a verification needs. */
    private record Stored(
            String name,
            String courseTitle,
            LocalDate date,
            String organisation,
            LocalDate revokedOn,
            LocalDate expiresOn,
            boolean superseded) {}

    /** The answer for a stored-form code (see {@link CertificateCode#normalize}), or empty when no certificate has it. */
    public Optional<Verification> of(String code) {
        return recent.get(code, this::load)
                .map(stored -> new Verification(
                        CertificateCode.format(code),
                        CertificateStatus.of(
                                stored.revokedOn() != null,
                                stored.superseded(),
                                stored.expiresOn(),
                                LocalDate.now(config.timeZone())),
                        stored.name(),
                        stored.courseTitle(),
                        stored.date(),
                        stored.organisation(),
                        stored.revokedOn(),
                        stored.expiresOn()));
    }

    /** Drops a code's remembered answer after its certificate changed (revoked, superseded). */
    public void forget(String code) {
        recent.invalidate(code);
    }

    private Optional<Stored> load(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select holder_name, course_title, completed_on, organisation, revoked_at, expires_on,
                               superseded_by is not null
                        from certificate where code = ?""")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(stored(row)) : NONE;
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private Stored stored(ResultSet row) throws SQLException {
        Timestamp revokedAt = row.getTimestamp(5);
        Date expiresOn = row.getDate(6);
        return new Stored(
                row.getString(1),
                row.getString(2),
                row.getDate(3).toLocalDate(),
                row.getString(4),
                revokedAt == null
                        ? null
                        : revokedAt.toInstant().atZone(config.timeZone()).toLocalDate(),
                expiresOn == null ? null : expiresOn.toLocalDate(),
                row.getBoolean(7));
    }
}
