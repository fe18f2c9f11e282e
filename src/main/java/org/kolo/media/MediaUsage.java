package org.kolo.media;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which lessons use which media, as the content import last wrote it. */
public final class MediaUsage {

    private MediaUsage() {}

    @SuppressWarnings("unchecked")
    public static List<String> lessonsUsing(String mediaId) {
        return Panache.getEntityManager()
                .createNativeQuery("select lesson_id from media_usage where media_id = ?1 order by lesson_id")
                .setParameter(1, mediaId)
                .getResultList();
    }

    /** How many lessons use each media item that any lesson uses, in one query. */
    @SuppressWarnings("unchecked")
    public static Map<String, Integer> lessonCounts() {
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select media_id, count(*) from media_usage group by media_id")
                .getResultList();
        Map<String, Integer> counts = new java.util.HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /** Whether anyone may fetch the media: it appears in a lesson of a public course. */
    public static boolean isInPublicCourse(String mediaId) {
        return !Panache.getEntityManager()
                .createNativeQuery("""
                select 1 from media_usage u join lesson l on l.id = u.lesson_id join course c on c.id = l.course_id
                where u.media_id = ?1 and c.access = 'public' and not c.retired and not l.retired limit 1""")
                .setParameter(1, mediaId)
                .getResultList()
                .isEmpty();
    }

    /** Replaces the usage rows with what the content says now (lesson id to the media ids it refers to). */
    public static void replaceAll(Map<String, Set<String>> mediaByLesson) {
        var entityManager = Panache.getEntityManager();
        entityManager.createNativeQuery("delete from media_usage").executeUpdate();
        mediaByLesson.forEach((lesson, media) -> media.forEach(mediaId -> entityManager
                .createNativeQuery(
                        "insert into media_usage (media_id, lesson_id) select ?1, ?2 where exists (select 1 from lesson where id = ?2)"
                                + " on conflict do nothing")
                .setParameter(1, mediaId)
                .setParameter(2, lesson)
                .executeUpdate()));
    }
}
