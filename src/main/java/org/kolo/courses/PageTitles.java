package org.kolo.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kolo.web.Texts;

/**
 * What the browser tab, its history and a phone's lock screen show for a page of a course. A shared or seized
 * phone should not say what its owner studies, so a course's pages carry its neutral title unless the course
 * chose {@code page-titles: full}. Templates call it as {@code inject:pageTitles.of(courseId, title)}.
 */
@ApplicationScoped
@Named("pageTitles")
public class PageTitles {

    @Inject
    Catalog catalog;

    @Inject
    Texts texts;

    /** {@code full} when the course shows its own titles; else its neutral title, or the translated fallback. */
    public String of(String courseId, String full) {
        return catalog.course(courseId)
                .filter(course -> course.neutralPageTitles())
                .map(course -> Texts.pick(course.neutralTitles(), texts.lang()))
                .map(neutral -> neutral.isBlank() ? texts.get("page.neutral-title") : neutral)
                .orElse(full);
    }
}
