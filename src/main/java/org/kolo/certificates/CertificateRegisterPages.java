package org.kolo.certificates;

import io.quarkus.panache.common.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.ReportScope;
import org.kolo.accounts.Roles;
import org.kolo.courses.Catalog;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.web.RefusedRequest;
import org.kolo.web.RequestLanguage;

/**
 * The certificate register for staff: admins see all, coordinators their city. Find one by code, revoke it (admins,
 * with an internal reason), re-issue it with a corrected name, or issue certificates by hand to a list of nicknames.
 */
@Path("/certificates")
@Produces(MediaType.TEXT_HTML)
public class CertificateRegisterPages {

    private static final int PAGE_SIZE = 50;

    @Inject
    CurrentUser user;

    @Inject
    CertificateAccess access;

    @Inject
    CertificateIssuer issuer;

    @Inject
    HandIssuing handIssuing;

    @Inject
    Catalog catalog;

    @Inject
    RequestLanguage language;

    /** The hand-issue form as sent, its results, and a problem to show (nothing typed is lost). */
    public record IssueForm(String courseId, String learners, String problem, List<HandIssuing.Result> results) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(List<Certificate> certificates, String code, boolean notFound);

        static native TemplateInstance certificate(Certificate c, boolean mayRevoke, String problem);

        static native TemplateInstance issue(List<CatalogCourse> courses, IssueForm form);
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Response register(@QueryParam("code") String typed) {
        if (typed != null && !typed.isBlank()) {
            Optional<Certificate> found = CertificateCode.normalize(typed)
                    .flatMap(code -> Certificate.<Certificate>find("code", code).<Certificate>firstResultOptional())
                    .filter(access::manages);
            if (found.isPresent()) {
                return Response.seeOther(URI.create("/certificates/" + found.get().id))
                        .build();
            }
            return Response.status(404)
                    .entity(Templates.register(recent(), typed.strip(), true))
                    .build();
        }
        return Response.ok(Templates.register(recent(), "", false)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public TemplateInstance certificate(@PathParam("id") UUID id) {
        return Templates.certificate(access.manageable(id), user.hasRole(Roles.ADMIN), null);
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        Certificate certificate = access.manageable(id);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            return Response.status(422)
                    .entity(Templates.certificate(certificate, true, "revocation-reason"))
                    .build();
        }
        issuer.revoke(id, reason, user.id().orElseThrow());
        return Response.seeOther(URI.create("/certificates/" + id)).build();
    }

    @POST
    @Path("/{id}/reissue")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reissue(@PathParam("id") UUID id, @FormParam("name") String name) {
        Certificate old = access.manageable(id);
        try {
            Certificate renewed = issuer.reissue(old.id, name, null, user.id().orElseThrow());
            return Response.seeOther(URI.create("/certificates/" + renewed.id)).build();
        } catch (RefusedRequest refused) {
            return Response.status(refused.status())
                    .entity(Templates.certificate(old, user.hasRole(Roles.ADMIN), refused.code()))
                    .build();
        }
    }

    @GET
    @Path("/issue")
    @RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
    public TemplateInstance issueForm() {
        return Templates.issue(catalog.courses(), new IssueForm("", "", null, List.of()));
    }

    @POST
    @Path("/issue")
    @RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@FormParam("course") String courseId, @FormParam("learners") String learners) {
        List<String> nicknames = learners == null
                ? List.of()
                : Arrays.stream(learners.split("[\\n,;]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        IssueForm sent =
                new IssueForm(courseId == null ? "" : courseId, learners == null ? "" : learners, null, List.of());
        String problem = nicknames.isEmpty()
                ? "issue-no-learners"
                : nicknames.size() > HandIssuing.MAX_LEARNERS ? "issue-too-many-learners" : null;
        if (problem != null) {
            return Response.status(422)
                    .entity(Templates.issue(catalog.courses(), withProblem(sent, problem)))
                    .build();
        }
        try {
            List<HandIssuing.Result> results = handIssuing.issue(new HandIssuing.Request(courseId, nicknames));
            return Response.ok(Templates.issue(catalog.courses(), new IssueForm(sent.courseId(), "", null, results)))
                    .build();
        } catch (RefusedRequest refused) {
            return Response.status(refused.status())
                    .entity(Templates.issue(catalog.courses(), withProblem(sent, refused.code())))
                    .build();
        }
    }

    private List<Certificate> recent() {
        ReportScope scope = access.managedScope();
        var query = scope.isEverywhere()
                ? Certificate.<Certificate>find("order by issuedAt desc")
                : Certificate.<Certificate>find("city in ?1 order by issuedAt desc", scope.cities());
        return query.page(Page.ofSize(PAGE_SIZE)).list();
    }

    private static IssueForm withProblem(IssueForm form, String problem) {
        return new IssueForm(form.courseId(), form.learners(), problem, List.of());
    }
}
