package org.kolo.quizzes;

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
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;
import org.kolo.courses.Catalog;
import org.kolo.courses.Catalog.CatalogCourse;

/**
 * The before/after report of a course, as aggregates only. Trainers and coordinators see their own city; admins the
 * region, or one city with {@code ?city=}.
 */
@Path("/api/courses/{id}")
@RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
public class KnowledgeReportResource {

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    KnowledgeReport reports;

    @GET
    @Path("/test-report")
    @Produces(MediaType.APPLICATION_JSON)
    public KnowledgeReport.Report report(@PathParam("id") String id, @QueryParam("city") String city) {
        return reports.of(course(id), user.reportScope(city));
    }

    @GET
    @Path("/test-report.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id, @QueryParam("city") String city) {
        return KnowledgeReportCsv.download(reports.of(course(id), user.reportScope(city)));
    }

    private CatalogCourse course(String id) {
        return catalog.course(id).orElseThrow(NotFoundException::new);
    }
}
