package org.kolo.courses;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.kolo.accounts.CurrentUser;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.courses.Catalog.CatalogLesson;

/** Who may read what: public courses are open to all, members-only courses need a login. */
@ApplicationScoped
public class CourseAccess {

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    /** The course, if it exists and the current reader may read it. */
    public CatalogCourse readable(String courseId) {
        CatalogCourse course = catalog.course(courseId).orElseThrow(NotFoundException::new);
        if (!course.isPublic() && !user.isAuthenticated()) {
            throw new UnauthorizedException();
        }
        return course;
    }

    public CatalogLesson lessonIn(CatalogCourse course, String lessonId) {
        return course.lesson(lessonId).orElseThrow(NotFoundException::new);
    }
}
