package org.kolo.quizzes;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.ReportScope;
import org.kolo.accounts.Roles;
import org.kolo.courses.Catalog;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.reach.City;
import org.kolo.web.Texts;

/** The before/after report as a page, for trainers and coordinators (their city) and admins (the region). */
@Path("/courses/{course}/test-report")
@RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class KnowledgeReportPages {

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    KnowledgeReport reports;

    @Inject
    Texts texts;

    /** A line of the summary: the test before or after, with its label's message key. */
    public record Row(String label, KnowledgeReport.Score score) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(
                CatalogCourse course, KnowledgeReport.Report report, String where, List<Row> rows, String csv);
    }

    @GET
    public TemplateInstance report(@PathParam("course") String courseId, @QueryParam("city") String city) {
        CatalogCourse course = catalog.course(courseId).orElseThrow(NotFoundException::new);
        ReportScope scope = user.reportScope(city);
        KnowledgeReport.Report report = reports.of(course, scope);
        List<Row> rows = new ArrayList<>();
        if (report.before() != null) {
            rows.add(new Row("report.before", report.before()));
        }
        if (report.after() != null) {
            rows.add(new Row("report.after", report.after()));
        }
        String csv = "/courses/" + course.id() + "/test-report/export.csv"
                + (!scope.isEverywhere() && user.hasRole(Roles.ADMIN) ? "?city=" + URLEncoder.encode(city, UTF_8) : "");
        return Templates.report(course, report, where(scope), rows, csv);
    }

    /** What the report covers, in words: the region, her cities by name, or no city at all. */
    private String where(ReportScope scope) {
        if (scope.isEverywhere()) {
            return texts.get("report.region");
        }
        return scope.cities().isEmpty()
                ? texts.get("report.no-city")
                : texts.format("report.city", City.namesOf(scope.cities(), texts.lang()));
    }

    /** The same report as CSV, for the page's download link (the browser's login, unlike the bearer-only API). */
    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("course") String courseId, @QueryParam("city") String city) {
        CatalogCourse course = catalog.course(courseId).orElseThrow(NotFoundException::new);
        return KnowledgeReportCsv.download(reports.of(course, user.reportScope(city)));
    }
}
