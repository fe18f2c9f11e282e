package org.kolo.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kolo.accounts.Roles;

/** The audit log for admins: what staff did to whose account, newest first, a page at a time. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AuditPages {

    @Inject
    AuditLog log;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<AuditEntry> entries, Long olderThan);
    }

    @GET
    public TemplateInstance audit(@QueryParam("before") Long before) {
        List<AuditEntry> entries = log.page(before);
        Long older = entries.size() == AuditLog.PAGE_SIZE ? entries.get(entries.size() - 1).id : null;
        return Templates.audit(entries, older);
    }
}
