package org.kolo.content;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.kolo.countries.CountryFacts;
import org.kolo.courses.ContentConfig;
import org.kolo.courses.ContentPublished;

/**
 * Imports the content folder at start and when an admin asks. A course with an error is refused and keeps
 * its previous version in the database; the others load.
 */
@ApplicationScoped
public class ContentLoader {

    private static final Logger LOG = Logger.getLogger(ContentLoader.class);

    @Inject
    ContentConfig config;

    @Inject
    ContentWriter writer;

    @Inject
    ContentMedia mediaLibrary;

    @Inject
    Event<ContentPublished> published;

    @Inject
    CountryFacts countryFacts;

    /** Fired after each import, so readers of the content can refresh. */
    void loadAtStart(@Observes StartupEvent event) {
        if (config.loadAtStart()) {
            load();
        }
    }

    /** Imports the configured content folder. */
    public LoadReport load() {
        return load(Path.of(config.dir()));
    }

    /** Reads, checks and writes a content folder; synchronized so two imports never interleave. */
    public synchronized LoadReport load(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        ContentSet content = ContentReader.read(root);
        List<ContentProblem> problems = ContentChecker.check(content, mediaLibrary.ids());
        if (content.courses().isEmpty()) {
            // A wrong or empty folder must not retire every course that learners are taking.
            List<String> lines = problems.stream().map(p -> p.format(root)).toList();
            LOG.errorf("No course found in %s: nothing imported %s", root, lines);
            return new LoadReport(0, 0, 0, 0, 0, List.of(), lines);
        }
        Set<String> refused = new HashSet<>();
        for (ContentProblem problem : problems) {
            if (problem.isError()) {
                content.courses().stream()
                        .filter(c -> problem.file().startsWith(c.folder()))
                        .forEach(c -> refused.add(c.id()));
            }
        }
        List<String> lines = problems.stream().map(p -> p.format(root)).toList();
        lines.forEach(line -> LOG.warn("Content: " + line));
        LoadReport report = writer.write(content, refused, lines);
        mediaLibrary.recordUsage(content);
        boolean cardsBroken = problems.stream()
                .anyMatch(problem -> problem.isError()
                        && (problem.file().startsWith(root.resolve("countries"))
                                || problem.file().startsWith(root.resolve("cities"))));
        if (!cardsBroken) {
            // Like a course with an error, cards with one keep their previous version.
            countryFacts.replace(content.countries());
        }
        LOG.infof(
                "Content from %s: %d courses written, %d unchanged, %d lesson texts written, %d lessons retired,"
                        + " refused %s",
                root,
                report.coursesWritten(),
                report.coursesUnchanged(),
                report.lessonTextsWritten(),
                report.lessonsRetired(),
                report.coursesRefused());
        published.fire(new ContentPublished());
        return report;
    }
}
