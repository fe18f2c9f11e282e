package org.kolo.courses;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.kolo.accounts.ReportScope;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.courses.Catalog.CatalogLesson;
import org.kolo.reach.SmallNumbers;

/** Records visits and completions, and applies each course's completion rule. */
@ApplicationScoped
public class ProgressService {

    static final Duration VISIT_PRECISION = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED_VISITS = 100_000;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Inject
    QuizOutcomes quizzes;

    @Inject
    Catalog catalog;

    @Inject
    Event<CourseWorkDone> workDone;

    private final Map<String, Instant> recentVisits = new ConcurrentHashMap<>();

    /**
     * Notes that a person opened a lesson: the first and the latest visit are kept, to within
     * {@link #VISIT_PRECISION}, so reading a page again does not write. A visit is worth less than a completion,
     * so its write does not wait for the disk.
     */
    public void visit(String accountId, String city, String lessonId) {
        String key = accountId + '/' + lessonId;
        Instant now = Instant.now();
        Instant recorded = recentVisits.get(key);
        if (recorded != null && recorded.plus(VISIT_PRECISION).isAfter(now)) {
            return;
        }
        if (recentVisits.size() >= MAX_REMEMBERED_VISITS) {
            recentVisits.clear();
        }
        recentVisits.put(key, now);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("set local synchronous_commit to off")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("""
                    insert into lesson_progress (account_id, lesson_id, city, first_visited_at, last_visited_at)
                    values (?1, ?2, ?3, now(), now())
                    on conflict (account_id, lesson_id) do update set last_visited_at = now()
                    """)
                    .setParameter(1, accountId)
                    .setParameter(2, lessonId)
                    .setParameter(3, city)
                    .executeUpdate();
        });
    }

    /** Marks a lesson done, or not done again; marking twice keeps the first completion time. */
    @Transactional
    public LessonProgress mark(String accountId, String city, String lessonId, boolean done) {
        entityManager
                .createNativeQuery("""
                insert into lesson_progress (account_id, lesson_id, city, first_visited_at, last_visited_at, completed_at)
                values (?1, ?2, ?3, now(), now(), case when ?4 then now() end)
                on conflict (account_id, lesson_id) do update
                set completed_at = case when ?4 then coalesce(lesson_progress.completed_at, now()) end,
                    last_visited_at = now()
                """)
                .setParameter(1, accountId)
                .setParameter(2, lessonId)
                .setParameter(3, city)
                .setParameter(4, done)
                .executeUpdate();
        if (done) {
            catalog.courseOfLesson(lessonId).ifPresent(c -> workDone.fire(new CourseWorkDone(accountId, c.id())));
        }
        return LessonProgress.find("accountId = ?1 and lessonId = ?2", accountId, lessonId)
                .firstResult();
    }

    /**
     * Whether a person marked one lesson done. Asked on every signed-in lesson page, so it goes straight to JDBC:
     * through Hibernate the session and query set-up cost more than the query.
     */
    public boolean isDone(String accountId, String lessonId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select 1 from lesson_progress where account_id = ? and lesson_id = ? and completed_at is not null")) {
            query.setString(1, accountId);
            query.setString(2, lessonId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** One person's progress: lessons by id, and the quizzes she passed. */
    public ProgressSnapshot of(String accountId) {
        Map<String, LessonProgress> byLesson = new HashMap<>();
        LessonProgress.ofAccount(accountId).forEach(p -> byLesson.put(p.lessonId, p));
        return new ProgressSnapshot(byLesson, quizzes.passed(accountId));
    }

    /** Learners and completions of one course per city; cells under {@link SmallNumbers#SMALLEST_SHOWN} people are hidden. */
    @SuppressWarnings("unchecked")
    public List<CityCount> byCity(CatalogCourse course, ReportScope scope) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                with per_account as (
                    select p.account_id, max(p.city) as city, count(p.completed_at) as done
                    from lesson_progress p join lesson l on l.id = p.lesson_id
                    where l.course_id = ?1 and not l.retired
                    group by p.account_id)
                select coalesce(city, ''), count(*), count(*) filter (where done >= ?2)
                from per_account where ?3 = '*' or city = any(string_to_array(?3, ','))
                group by coalesce(city, '') order by 1
                """)
                .setParameter(1, course.id())
                .setParameter(2, course.lessons().size())
                .setParameter(3, scope.sqlParameter())
                .getResultList();
        return rows.stream()
                .map(r -> CityCount.of((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue()))
                .toList();
    }

    /** Counts for one city; null counts mean "fewer than five". */
    public record CityCount(String city, Integer learners, Integer completed, boolean hidden) {
        static CityCount of(String city, int learners, int completed) {
            boolean hidden = SmallNumbers.tooFewToDescribe(learners);
            return new CityCount(
                    city, hidden ? null : learners, hidden || SmallNumbers.hides(completed) ? null : completed, hidden);
        }
    }

    /** The course's completion rule: every lesson done, and every required quiz passed. */
    public CourseProgress progressIn(CatalogCourse course, ProgressSnapshot learner) {
        Map<String, LessonProgress> mine = learner.lessons();
        List<CatalogLesson> lessons = course.lessons();
        int done = (int) lessons.stream()
                .filter(l -> mine.containsKey(l.id()) && mine.get(l.id()).isDone())
                .count();
        String next = lessons.stream()
                .filter(l -> !mine.containsKey(l.id()) || !mine.get(l.id()).isDone())
                .map(CatalogLesson::id)
                .findFirst()
                .orElse(null);
        boolean completed = !lessons.isEmpty()
                && done == lessons.size()
                && learner.passedQuizzes().containsAll(course.requiredQuizzes());
        boolean opened = lessons.stream().anyMatch(l -> mine.containsKey(l.id()));
        return new CourseProgress(course.id(), done, lessons.size(), completed, opened, next);
    }
}
