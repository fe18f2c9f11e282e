package org.kolo.certificates;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks a code up for verification. A public page asked thousands of times a second: one indexed query over
 * JDBC, and the same work whether the code exists or not, so timing tells nothing.
 */
@ApplicationScoped
public class Verifications {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kolo.certificates.time-zone")
    ZoneId zone;

    /** The answer for a stored-form code (see {@link CertificateCode#normalize}), or empty when no certificate has it. */
    public Optional<Verification> of(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select holder_name, course_title, completed_on, organisation, revoked_at, expires_on,
                               superseded_by is not null
                        from certificate where code = ?""")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(verification(code, row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private Verification verification(String code, ResultSet row) throws SQLException {
        Timestamp revokedAt = row.getTimestamp(5);
        Date expiresOn = row.getDate(6);
        LocalDate expires = expiresOn == null ? null : expiresOn.toLocalDate();
        LocalDate revoked = revokedAt == null ? null : revokedAt.toInstant().atZone(zone).toLocalDate();
        CertificateStatus status = CertificateStatus.of(revoked != null, row.getBoolean(7), expires,
                LocalDate.now(zone));
        return new Verification(CertificateCode.format(code), status, row.getString(1), row.getString(2),
                row.getDate(3).toLocalDate(), row.getString(4), revoked, expires);
    }
}
