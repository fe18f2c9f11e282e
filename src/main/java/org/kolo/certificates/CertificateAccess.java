package org.kolo.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.UUID;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.ReportScope;
import org.kolo.accounts.Roles;

/**
 * Who may see and act on a certificate. Anyone else gets 404, as if it did not exist, so that no one learns
 * whether another person holds a certificate.
 */
@RequestScoped
public class CertificateAccess {

    @Inject
    CurrentUser user;

    /** Its owner and admins: to download it. */
    public Certificate readable(UUID id) {
        Certificate certificate = find(id);
        if (isOwner(certificate) || user.hasRole(Roles.ADMIN)) {
            return certificate;
        }
        throw new NotFoundException();
    }

    /** Admins, and coordinators for their city: to see it in the register and re-issue it. */
    public Certificate manageable(UUID id) {
        Certificate certificate = find(id);
        if (manages(certificate)) {
            return certificate;
        }
        throw new NotFoundException();
    }

    /** Re-issuing (a corrected name): staff who manage it, or its owner while it is not revoked. */
    public Certificate reissuable(UUID id) {
        Certificate certificate = find(id);
        if (manages(certificate) || isOwner(certificate) && certificate.revokedAt == null) {
            return certificate;
        }
        throw new NotFoundException();
    }

    /** The cities whose certificates the person manages: all for admins, hers otherwise. */
    public ReportScope managedScope() {
        return user.reportScope(null);
    }

    /** Admins manage every certificate, coordinators those of their city. */
    public boolean manages(Certificate certificate) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.COORDINATOR) && user.reaches(certificate.city);
    }

    private boolean isOwner(Certificate certificate) {
        return user.id().map(certificate.accountId::equals).orElse(false);
    }

    private static Certificate find(UUID id) {
        Certificate certificate = Certificate.findById(id);
        if (certificate == null) {
            throw new NotFoundException();
        }
        return certificate;
    }
}
