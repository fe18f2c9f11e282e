package org.kolo.content.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kolo.content.imports.ImportedQuestion.Choice;

/**
 * Reads Moodle's Aiken format: a question, its options {@code A.} or {@code A)} one a line, then
 * {@code ANSWER: B}. Every question is single choice.
 */
final class AikenParser {

    private static final Pattern OPTION = Pattern.compile("([A-Z])[.)](?:\\s+(.*))?");
    private static final Pattern ANSWER = Pattern.compile("ANSWER\\s*:\\s*(.*)");
    private static final int MAX_OPTIONS = 8;

    private final QuestionIds ids;
    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private Pending pending;
    private int number;

    private AikenParser(String language) {
        ids = new QuestionIds(language);
    }

    /** A question read up to its ANSWER line; {@code leftOut} when it has something Kolo refuses. */
    private static final class Pending {
        final int line;
        final StringBuilder text = new StringBuilder();
        final Map<String, String> options = new LinkedHashMap<>();
        boolean leftOut;

        Pending(int line) {
            this.line = line;
        }
    }

    static ImportResult parse(String content, String language) {
        AikenParser parser = new AikenParser(language);
        SourceLine.split(content).stream().filter(line -> !line.isBlank()).forEach(parser::read);
        parser.missingAnswer();
        parser.problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportResult(List.copyOf(parser.questions), List.copyOf(parser.problems));
    }

    private void read(SourceLine source) {
        String line = source.text().strip();
        Matcher option = OPTION.matcher(line);
        Matcher answer = ANSWER.matcher(line);
        if (option.matches()) {
            option(source.number(), option.group(1), option.group(2));
        } else if (answer.matches()) {
            answer(source.number(), answer.group(1).strip());
        } else {
            text(source.number(), line);
        }
        if (pending != null) {
            Markup.find(line, source.number()).ifPresent(problem -> {
                problems.add(problem);
                pending.leftOut = true;
            });
        }
    }

    private void text(int line, String text) {
        if (pending != null && !pending.options.isEmpty()) {
            missingAnswer();
        }
        if (pending == null) {
            pending = new Pending(line);
        } else {
            pending.text.append('\n');
        }
        pending.text.append(text);
    }

    private void option(int line, String letter, String text) {
        if (pending == null) {
            problems.add(ImportProblem.error(line, "an option without a question before it"));
        } else if (text == null || text.isBlank()) {
            problems.add(ImportProblem.error(line, "option " + letter + " has no text"));
        } else if (pending.options.putIfAbsent(letter, text.strip()) != null) {
            problems.add(ImportProblem.error(line, "a second option " + letter));
        }
    }

    private void answer(int line, String letter) {
        if (pending == null) {
            problems.add(ImportProblem.error(line, "ANSWER without a question before it"));
            return;
        }
        Pending question = pending;
        pending = null;
        number++;
        String id = ids.next(null, number);
        if (question.options.size() < 2) {
            problems.add(ImportProblem.error(question.line, "a question needs at least 2 options, A. and B."));
        } else if (!question.options.containsKey(letter)) {
            String options = String.join(", ", question.options.keySet());
            problems.add(ImportProblem.error(
                    line,
                    letter.isEmpty()
                            ? "ANSWER: names no option; give one of " + options
                            : "ANSWER: " + letter + " is not one of the options " + options));
        } else if (question.options.size() > MAX_OPTIONS) {
            problems.add(ImportProblem.leftOut(
                    question.line,
                    "Kolo allows 2 to " + MAX_OPTIONS + " options and this question has " + question.options.size()));
        } else if (!question.leftOut) {
            questions.add(choice(id, question, letter));
        }
    }

    private static ImportedQuestion choice(String id, Pending question, String answer) {
        List<ImportedOption> options = question.options.entrySet().stream()
                .map(option ->
                        new ImportedOption(option.getValue(), option.getKey().equals(answer), null))
                .toList();
        return new Choice(id, question.text.toString(), null, false, options);
    }

    private void missingAnswer() {
        if (pending != null) {
            problems.add(ImportProblem.error(pending.line, "no ANSWER line after this question's options"));
            number++;
            pending = null;
        }
    }
}
