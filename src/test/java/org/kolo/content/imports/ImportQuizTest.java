package org.kolo.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class ImportQuizTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_clean_gift_file_prints_only_the_quiz_and_succeeds() {
        assertEquals(0, run(ImportFiles.path("sample.gift"), "ru", "sample-quiz", "", "", "Проверьте себя"));
        Map<String, Object> quiz = new Yaml().load(stdout());
        assertEquals(Map.of("ru", "Проверьте себя"), quiz.get("title"));
        assertEquals(8, ((List<?>) quiz.get("questions")).size());
        assertTrue(stderr().endsWith("imported 8 questions\n"), stderr());
    }

    @Test
    void the_title_defaults_to_the_id_and_a_txt_file_is_read_as_aiken() {
        assertEquals(0, run(ImportFiles.path("sample.txt"), "kk", "aiken-quiz", "", "", ""));
        Map<String, Object> quiz = new Yaml().load(stdout());
        assertEquals(Map.of("kk", "aiken-quiz"), quiz.get("title"));
        assertEquals(2, ((List<?>) quiz.get("questions")).size());
    }

    @Test
    void unsupported_items_fail_the_import_and_write_nothing() {
        String file = ImportFiles.path("unsupported.gift");
        assertEquals(1, run(file, "en", "my-quiz"));
        assertEquals("", stdout());
        assertTrue(stderr().contains(file + ":2: unsupported: numeric questions are not supported"), stderr());
        assertTrue(
                stderr().endsWith("9 unsupported items: nothing written; change the file, or add "
                        + "-Dkolo.import.skip-unsupported=true to import it without them\n"),
                stderr());
    }

    @Test
    void unsupported_items_may_be_left_out_on_request() {
        assertEquals(0, run(ImportFiles.path("unsupported.gift"), "en", "my-quiz", "", "true", ""));
        assertEquals(
                4, ((List<?>) new Yaml().<Map<String, Object>>load(stdout()).get("questions")).size());
        assertTrue(stderr().endsWith("imported 4 questions, without the 9 unsupported items above\n"), stderr());
    }

    @Test
    void errors_fail_even_when_unsupported_items_may_be_left_out() {
        assertEquals(1, run(ImportFiles.path("broken.txt"), "ru", "my-quiz", "aiken", "true", ""));
        assertEquals("", stdout());
        assertTrue(
                stderr().contains(ImportFiles.path("broken.txt") + ":8: error: ANSWER: D is not one of the "
                        + "options A, B"),
                stderr());
    }

    @Test
    void a_gift_export_named_txt_gets_a_hint() {
        assertEquals(1, run(ImportFiles.path("gift-export.txt"), "en", "my-quiz"));
        assertTrue(stderr().endsWith("this looks like GIFT: add -Dkolo.import.format=gift\n"), stderr());
        assertEquals(0, run(ImportFiles.path("gift-export.txt"), "en", "my-quiz", "gift"));
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_question() {
        assertEquals(0, run(ImportFiles.path("bom.gift"), "en", "bom-quiz"));
        assertTrue(stdout().contains("- id: bom\n"), stdout());
    }

    @Test
    void a_file_that_is_not_utf8_is_an_error(@TempDir Path folder) throws IOException {
        Path latin1 =
                Files.write(folder.resolve("latin1.gift"), "Caf\u00e9? {T}".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, run(latin1.toString(), "en", "my-quiz"));
        assertEquals(latin1 + ":1: error: not a UTF-8 text file\n", stderr());
    }

    @Test
    void wrong_arguments_exit_with_2_and_say_what_is_wrong() {
        assertBadArguments("kolo.import.file is required", "", "ru", "my-quiz");
        assertBadArguments(
                "kolo.import.language must be one of ru, uk, kk, en, not 'de'",
                ImportFiles.path("sample.gift"),
                "de",
                "my-quiz");
        assertBadArguments("kolo.import.id is required", ImportFiles.path("sample.gift"), "ru", null);
        assertBadArguments("kolo.import.id 'My_Quiz' is not an id", ImportFiles.path("sample.gift"), "ru", "My_Quiz");
        assertBadArguments(
                "kolo.import.format must be gift or aiken, not 'xml'",
                ImportFiles.path("sample.gift"),
                "ru",
                "my-quiz",
                "xml");
        assertBadArguments(
                "kolo.import.skip-unsupported must be true or false, not 'yes'",
                ImportFiles.path("sample.gift"),
                "ru",
                "my-quiz",
                "",
                "yes");
        assertBadArguments("cannot read", ImportFiles.path("no-such-file.gift"), "ru", "my-quiz");
    }

    private void assertBadArguments(String message, String... args) {
        err.reset();
        assertEquals(2, run(args));
        assertTrue(stderr().startsWith(message), stderr());
        assertEquals("", stdout());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return ImportQuiz.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
