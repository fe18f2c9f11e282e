package org.kolo.certificates;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.kolo.accounts.CurrentUser;
import org.kolo.web.Language;
import org.kolo.web.RefusedRequest;
import org.kolo.web.RequestLanguage;

/** A learner's certificates: download, check, the name printed on them, and a corrected copy. */
@Path("/my/certificates")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MyCertificatesPages {

    @Inject
    CurrentUser user;

    @Inject
    CompletionWatcher completions;

    @Inject
    CertificateHolders holders;

    @Inject
    RequestLanguage language;

    @Inject
    CertificateAccess access;

    @Inject
    CertificateIssuer issuer;

    /** The name form: what is saved, or what she sent and why it was refused (nothing she typed is lost). */
    public record NameForm(String name, String language, String problem, boolean saved) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<Certificate> certificates, NameForm form);
    }

    /** Her certificates page; like {@code GET /api/certificates/mine}, it first issues any she has earned. */
    @GET
    public TemplateInstance issueDueAndShow(@QueryParam("saved") boolean saved) {
        String accountId = user.id().orElseThrow();
        CertificateHolder holder = CertificateHolder.findById(accountId);
        NameForm form = holder == null
                ? new NameForm("", "", null, false)
                : new NameForm(holder.name, holder.language == null ? "" : holder.language, null, saved);
        return page(form);
    }

    @POST
    @Path("/name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveName(@FormParam("name") String name, @FormParam("language") String chosen) {
        String certificateLanguage = Language.isCode(chosen) ? chosen : null;
        try {
            holders.save(user.id().orElseThrow(), name, certificateLanguage);
        } catch (RefusedRequest refused) {
            NameForm form = new NameForm(name == null ? "" : name, chosen == null ? "" : chosen, refused.code(), false);
            return Response.status(422).entity(page(form)).build();
        }
        return Response.seeOther(URI.create("/my/certificates?saved=true")).build();
    }

    /** A new copy with the name she saved; the old one then says "superseded". */
    @POST
    @Path("/{id}/reissue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reissue(@PathParam("id") UUID id) {
        Certificate old = access.reissuable(id);
        String accountId = user.id().orElseThrow();
        if (!old.accountId.equals(accountId)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        CertificateHolder holder = CertificateHolder.findById(accountId);
        String name = holder == null ? holders.placeholder(language.get()) : holder.name;
        Language chosen = holder == null || holder.language == null
                ? null
                : Language.fromTag(holder.language).orElse(null);
        issuer.reissue(old.id, name, chosen, accountId);
        return Response.seeOther(URI.create("/my/certificates")).build();
    }

    private TemplateInstance page(NameForm form) {
        completions.issueDue(); // idempotent catch-up, see CertificateResource#issueDueAndList
        return Templates.mine(Certificate.ofAccount(user.id().orElseThrow()), form);
    }
}
