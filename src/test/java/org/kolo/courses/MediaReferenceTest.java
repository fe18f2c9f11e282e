package org.kolo.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kolo.media.MediaPlaceholder;

/** A lesson's media reference goes from the Markdown tree to a placeholder that the player replaces, title intact. */
class MediaReferenceTest {

    private static final LessonMarkdown.Targets NOWHERE = new LessonMarkdown.Targets() {
        @Override
        public Optional<String> lessonUrl(String lessonId) {
            return Optional.empty();
        }

        @Override
        public Optional<LessonMarkdown.SizedImage> image(String path) {
            return Optional.empty();
        }
    };

    @Test
    void a_reference_on_its_own_line_becomes_a_block_placeholder_without_a_paragraph() {
        String html = html("Текст.\n\n![Құқықтар «кіріспе» & \"сөз\"](media:m-intro1)\n\nЕщё.\n");
        assertTrue(html.contains("<p>Текст.</p>\n<div class=\"media-ref\" data-media=\"m-intro1\""), html);
        assertFalse(html.contains("<p><div"), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void the_player_gets_the_id_and_the_title_as_plain_text_in_any_language() {
        String html = html("![Құқықтар «кіріспе» & \"сөз\" <b>](media:m-intro1)\n");
        List<String> seen = new ArrayList<>();
        String expanded = MediaPlaceholder.expand(html, (id, title) -> {
            seen.add(id + "|" + title);
            return "<video></video>";
        });
        assertEquals(
                List.of("m-intro1|Құқықтар «кіріспе» & \"сөз\" "), seen, "HTML in a title is dropped, never passed on");
        assertEquals("<video></video>", expanded.strip());
    }

    @Test
    void a_reference_inside_a_sentence_is_replaced_too_and_a_bad_id_leaves_nothing() {
        String html = html("Смотрите ![видео](media:m-abc123) и ![плохое](media:M_BAD!) дальше.\n");
        assertTrue(html.contains("data-media=\"m-abc123\""), html);
        assertFalse(html.contains("M_BAD"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("Смотрите") && html.contains("дальше."), html);
    }

    @Test
    void ordinary_images_stay_images() {
        String html = html("![схема](https://example.org/x.png)\n");
        assertTrue(html.contains("<img"), html);
        assertFalse(html.contains("media-ref"), html);
    }

    private static String html(String markdown) {
        return LessonMarkdown.parse(markdown).toHtml(NOWHERE);
    }
}
