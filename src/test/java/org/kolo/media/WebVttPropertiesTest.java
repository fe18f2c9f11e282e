package org.kolo.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Mutations;
import org.kolo.testing.Properties;

/** Subtitles come from any trainer's upload: whatever the file holds, the checker answers with translated problems. */
class WebVttPropertiesTest {

    private static final String SAMPLE = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            Вы имеете право молчать.

            00:04.500 --> 00:07.250 align:start
            <v Тренер>Сіз <b>адвокатты</b> шақыра аласыз.

            01:00:00.000 --> 01:00:02.000
            Ви можете подзвонити.
            """;
    private static final Mutations FILES = new Mutations(
            List.of(SAMPLE, "WEBVTT\n", "WEBVTT - title\n\nNOTE x\n"),
            List.of(
                    "WEBVTT",
                    "-->",
                    " --> ",
                    "00:00:00.000",
                    "99:59:59.999",
                    "00:60.000",
                    ":",
                    ".",
                    "NOTE",
                    "STYLE",
                    "\n\n",
                    "<c.x>",
                    "</v>",
                    "&lt;"));
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages/messages", Locale.ENGLISH);

    @Test
    void any_text_gets_translated_problems_at_its_lines_and_never_an_exception() {
        Properties.forAll("WebVTT check", FILES, Properties::shorter, text -> {
            int lines = text.replace("\r\n", "\n").split("[\r\n]", -1).length;
            for (WebVtt.Problem problem : WebVtt.check(text)) {
                assertTrue(problem.line() >= 1 && problem.line() <= lines, problem + " in " + lines + " lines");
                assertTrue(MESSAGES.containsKey("media.subtitles." + problem.code()), problem.code());
            }
            WebVtt.transcript(text);
        });
    }

    @Test
    void any_numbers_in_a_timing_line_get_a_problem_or_none_and_never_an_exception() {
        Properties.forAll("WebVTT timings", WebVttPropertiesTest::timings, Properties::shorter, text -> {
            WebVtt.check(text)
                    .forEach(problem -> assertTrue(MESSAGES.containsKey("media.subtitles." + problem.code())));
            WebVtt.transcript(text);
        });
    }

    @Test
    void cues_written_in_order_pass_the_check_and_read_back_as_the_transcript() {
        Properties.forAll(
                "WebVTT round trip", WebVttPropertiesTest::cues, cues -> java.util.stream.Stream.empty(), cues -> {
                    StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
                    long start = 0;
                    for (String cue : cues) {
                        long end = start + 1 + cue.length() * 10L;
                        vtt.append(time(start))
                                .append(" --> ")
                                .append(time(end))
                                .append('\n')
                                .append(cue)
                                .append("\n\n");
                        start = end;
                    }
                    assertEquals(List.of(), WebVtt.check(vtt.toString()), vtt::toString);
                    assertEquals(cues, WebVtt.transcript(vtt.toString()), vtt::toString);
                });
    }

    private static List<String> cues(Random random) {
        String letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґABCxyz0123456789 ,.!?«»-";
        List<String> cues = new ArrayList<>();
        int count = 1 + random.nextInt(20);
        for (int i = 0; i < count; i++) {
            StringBuilder cue = new StringBuilder();
            int length = 1 + random.nextInt(80);
            for (int j = 0; j < length; j++) {
                cue.append(letters.charAt(random.nextInt(letters.length())));
            }
            String text = cue.toString().strip().replace("-->", "->");
            cues.add(text.isEmpty() ? "а" : text);
        }
        return cues;
    }

    /** A file of cues whose times have any number of digits in each field. */
    private static String timings(Random random) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        int cues = 1 + random.nextInt(5);
        for (int i = 0; i < cues; i++) {
            vtt.append(anyTime(random)).append(" --> ").append(anyTime(random)).append("\nтекст\n\n");
        }
        return vtt.toString();
    }

    private static String anyTime(Random random) {
        String time = digits(random, 2) + ":" + digits(random, 2) + "." + digits(random, 3);
        return random.nextBoolean() ? digits(random, 2) + ":" + time : time;
    }

    /** Mostly as many digits as the field has, sometimes any number up to 40. */
    private static String digits(Random random, int usual) {
        int length = random.nextInt(5) == 0 ? 1 + random.nextInt(40) : usual;
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static String time(long millis) {
        return String.format(
                "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
    }
}
