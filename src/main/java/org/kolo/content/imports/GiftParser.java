package org.kolo.content.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads Moodle GIFT (https://docs.moodle.org/en/GIFT_format) as Moodle's own importer does: questions are
 * separated by blank lines, lines starting with {@code //} are comments, {@code ::name::} names a question, and
 * the answers sit in one {@code {…}}; text after the braces makes a missing-word question.
 */
final class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";
    private static final String BLANK = "_____";

    private final QuestionIds ids;
    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int number;

    private GiftParser(String language) {
        ids = new QuestionIds(language);
    }

    static ImportResult parse(String content, String language) {
        GiftParser parser = new GiftParser(language);
        blocks(content).forEach(parser::read);
        parser.problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportResult(List.copyOf(parser.questions), List.copyOf(parser.problems));
    }

    /** The file's questions as groups of trimmed lines, comments left out. */
    private static List<List<SourceLine>> blocks(String content) {
        List<List<SourceLine>> blocks = new ArrayList<>();
        List<SourceLine> block = new ArrayList<>();
        for (SourceLine line : SourceLine.split(content)) {
            String text = line.text().strip();
            if (text.isEmpty() && !block.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            } else if (!text.isEmpty() && !text.startsWith("//")) {
                block.add(new SourceLine(line.number(), text));
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private void read(List<SourceLine> block) {
        SourceLine first = block.get(0);
        if (first.text().startsWith(CATEGORY)) {
            // Kolo has no question categories; the question bank's structure is not content.
            String category = first.text().substring(CATEGORY.length()).strip();
            problems.add(ImportProblem.note(first.number(), "category '" + category + "' ignored"));
            if (block.size() > 1) {
                read(block.subList(1, block.size()));
            }
            return;
        }
        number++;
        List<ImportProblem> markup = block.stream()
                .flatMap(line -> Markup.find(line.text(), line.number()).stream())
                .toList();
        problems.addAll(markup);
        Optional<ImportedQuestion> question = readQuestion(GiftText.of(block));
        if (markup.isEmpty()) {
            question.ifPresent(questions::add);
        }
    }

    private Optional<ImportedQuestion> readQuestion(GiftText text) {
        String name = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            name = end < 0 ? null : text.slice(2, end).toString().strip();
            text = text.slice(end < 0 ? 2 : end + 2).strip();
        }
        String id = ids.next(name, number);
        int open = text.indexOf("{", 0);
        int close = text.indexOf("}", 0);
        if (open < 0 && close < 0) {
            problems.add(ImportProblem.leftOut(text.line(), "a description without answers in {…} is not a question"));
            return Optional.empty();
        }
        Optional<ImportProblem> braces = misplacedBrace(text, open, close);
        if (braces.isPresent()) {
            problems.add(braces.get());
            return Optional.empty();
        }
        String questionText = questionText(text, open, close);
        if (questionText == null) {
            problems.add(ImportProblem.error(text.line(), "a question without text"));
            return Optional.empty();
        }
        GiftText answers = text.slice(open + 1, close).strip();
        int general = answers.lastIndexOf("####");
        String explanation =
                general < 0 ? null : GiftFormat.plain(answers.slice(general + 4).toString());
        GiftText choices = general < 0 ? answers : answers.slice(0, general).strip();
        return GiftAnswers.read(new GiftQuestion(id, questionText, explanation, choices, text.lineAt(open)), problems);
    }

    private static Optional<ImportProblem> misplacedBrace(GiftText text, int open, int close) {
        if (close < 0) {
            return Optional.of(ImportProblem.error(text.lineAt(open), "'{' without a closing '}'"));
        }
        if (open < 0 || close < open) {
            return Optional.of(ImportProblem.error(text.lineAt(close), "'}' without an opening '{'"));
        }
        int another = text.indexOf("{", close);
        if (another >= 0) {
            return Optional.of(ImportProblem.error(
                    text.lineAt(another),
                    "a second {…}: a question has one answer block (write \\{ for a brace in the text)"));
        }
        return Optional.empty();
    }

    /** Answers at the end are taken out; answers inside the text leave a blank where they were. */
    private static String questionText(GiftText text, int open, int close) {
        String before = text.slice(0, open).toString();
        GiftText after = text.slice(close + 1);
        return GiftFormat.plain(after.isEmpty() ? before : before + BLANK + after);
    }
}
