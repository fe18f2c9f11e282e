package org.kolo.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.content.ContentProblem;
import org.kolo.content.ContentReader;
import org.kolo.content.QuizReader;
import org.kolo.quizzes.Quiz;
import org.kolo.testing.Mutations;
import org.kolo.testing.Properties;

/**
 * A Moodle export can hold anything: the importer reports problems at their lines and never fails, and whatever it
 * takes over becomes a quiz file that Kolo's own reader accepts without an error.
 */
class ImportPropertiesTest {

    private static final Mutations GIFT = new Mutations(
            List.of(
                    ImportFiles.read("sample.gift"),
                    ImportFiles.read("unsupported.gift"),
                    ImportFiles.read("gift-export.txt")),
            List.of(
                    "{",
                    "}",
                    "=",
                    "~",
                    "#",
                    "####",
                    "::",
                    "->",
                    "%50%",
                    "%-100%",
                    "\\",
                    "\\:",
                    "$CATEGORY:",
                    "//",
                    "[html]",
                    "[markdown]",
                    "T",
                    "FALSE",
                    "{#",
                    "{=",
                    "\n\n",
                    "..",
                    ":"));
    private static final Mutations AIKEN = new Mutations(
            List.of(ImportFiles.read("sample.txt"), ImportFiles.read("broken.txt")),
            List.of("A. ", "B) ", "Z. ", "ANSWER: ", "ANSWER:", "ANSWER: A", "ANSWER: Q", "\n\n", "a. "));

    @TempDir
    Path folder;

    @Test
    void any_gift_text_is_read_to_questions_and_problems_without_an_exception() {
        Properties.forAll("GIFT import", GIFT, Properties::shorter, text -> importsCleanly(ImportFormat.GIFT, text));
    }

    @Test
    void any_aiken_text_is_read_to_questions_and_problems_without_an_exception() {
        Properties.forAll("Aiken import", AIKEN, Properties::shorter, text -> importsCleanly(ImportFormat.AIKEN, text));
    }

    private void importsCleanly(ImportFormat format, String text) throws Exception {
        ImportResult result = format.parse(text, "kk");
        int lines = text.split(SourceLine.BREAK, -1).length;
        for (ImportProblem problem : result.problems()) {
            assertTrue(problem.line() >= 1 && problem.line() <= lines + 1, problem + " of " + lines + " lines");
            assertTrue(!problem.message().isBlank(), problem::toString);
        }
        List<String> ids = result.questions().stream().map(ImportedQuestion::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids::toString);
        ids.forEach(id -> assertTrue(ContentReader.ID.matcher(id).matches(), id));
        if (result.count(ImportProblem.Kind.ERROR) == 0 && !result.questions().isEmpty()) {
            readsBackWithoutAnError(result.questions());
        }
    }

    private void readsBackWithoutAnError(List<ImportedQuestion> questions) throws Exception {
        String yaml = QuizYamlWriter.write(new ImportedQuiz("imported-quiz", "kk", "Тексеру", questions));
        Path file = folder.resolve("imported-quiz.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        List<ContentProblem> problems = new ArrayList<>();
        Optional<Quiz> quiz = QuizReader.read(file, "some-course", List.of("kk"), List.of(), problems);
        assertEquals(
                List.of(), problems.stream().filter(ContentProblem::isError).toList(), yaml);
        assertEquals(questions.size(), quiz.orElseThrow().questions().size(), yaml);
    }
}
