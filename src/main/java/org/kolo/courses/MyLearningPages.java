package org.kolo.courses;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kolo.accounts.CurrentUser;
import org.kolo.courses.CoursePages.CourseCard;

/** "My learning": the signed-in person's courses in progress and finished. */
@Path("/my")
@Authenticated
public class MyLearningPages {

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    ProgressService progress;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance my(List<CourseCard> inProgress, List<CourseCard> finished);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance my() {
        ProgressSnapshot mine = progress.of(user.id().orElseThrow());
        List<CourseCard> cards = catalog.courses().stream()
                .map(course -> new CourseCard(course, progress.progressIn(course, mine)))
                .filter(card -> card.progress().opened())
                .toList();
        return Templates.my(
                cards.stream().filter(c -> !c.progress().completed()).toList(),
                cards.stream().filter(c -> c.progress().completed()).toList());
    }
}
