package org.kolo.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;

/**
 * How many people learn a course, per city: coordinators see their own city, admins the whole region.
 * Counts only, never who read what.
 */
@Path("/api/courses/{id}/progress-by-city")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CourseReportResource {

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    ProgressService progress;

    @GET
    public List<ProgressService.CityCount> byCity(@PathParam("id") String id) {
        var course = catalog.course(id).orElseThrow(NotFoundException::new);
        return progress.byCity(course, user.reportScope(null));
    }
}
