package org.kolo.courses;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.web.Texts;

/** Courses for apps: the catalogue is open to all; a members-only course's outline needs a token. */
@Path("/api/courses")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    Catalog catalog;

    @Inject
    CourseAccess access;

    @Inject
    Texts texts;

    /** A course in the catalogue, in the caller's language. */
    public record CourseSummary(
            String id,
            int version,
            String title,
            String summary,
            String access,
            List<String> languages,
            int lessons,
            int minutes) {}

    /** A course's outline. */
    public record CourseOutline(CourseSummary course, List<ModuleOutline> modules) {}

    /** A module and its lessons. */
    public record ModuleOutline(String id, String title, List<LessonOutline> lessons) {}

    /** A lesson in an outline; its text is on the lesson page. */
    public record LessonOutline(String id, String title, int minutes, List<String> languages) {}

    @GET
    public List<CourseSummary> list() {
        return catalog.courses().stream().map(this::summary).toList();
    }

    @GET
    @Path("/{id}")
    public CourseOutline outline(@PathParam("id") String id) {
        CatalogCourse course = access.readable(id);
        String lang = texts.lang().code();
        return new CourseOutline(
                summary(course),
                course.modules().stream()
                        .map(m -> new ModuleOutline(
                                m.id(),
                                texts.pick(m.titles()),
                                m.lessons().stream()
                                        .map(l -> new LessonOutline(
                                                l.id(),
                                                l.title(lang),
                                                l.minutes(),
                                                List.copyOf(l.texts().keySet())))
                                        .toList()))
                        .toList());
    }

    private CourseSummary summary(CatalogCourse course) {
        return new CourseSummary(
                course.id(),
                course.version(),
                texts.pick(course.titles()),
                texts.pick(course.summaries()),
                (course.isPublic() ? Access.PUBLIC : Access.MEMBERS).code(),
                course.languages(),
                course.lessons().size(),
                course.minutes());
    }
}
