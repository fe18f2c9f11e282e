package org.kolo.content.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.kolo.web.VisibleText;

/** The Moodle formats the import reads. */
enum ImportFormat {
    GIFT(GiftParser::parse),
    AIKEN(AikenParser::parse);

    private final BiFunction<String, String, ImportResult> parser;

    ImportFormat(BiFunction<String, String, ImportResult> parser) {
        this.parser = parser;
    }

    /** Aiken for {@code .txt}, GIFT for anything else. */
    static ImportFormat byExtension(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt") ? AIKEN : GIFT;
    }

    /** {@code gift} or {@code aiken}. */
    static ImportFormat named(String name) {
        for (ImportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("kolo.import.format must be gift or aiken, not '" + name + "'");
    }

    /** The file's questions; a hidden character anywhere is an error, since it changes how a text reads. */
    ImportResult parse(String content, String language) {
        ImportResult result = parser.apply(content, language);
        List<ImportProblem> hidden = SourceLine.split(content).stream()
                .flatMap(line -> VisibleText.firstHidden(line.text()).stream()
                        .mapToObj(c -> ImportProblem.error(
                                line.number(),
                                String.format(
                                        "hidden character U+%04X: remove it (control and invisible characters change how a text reads)",
                                        c))))
                .toList();
        if (hidden.isEmpty()) {
            return result;
        }
        List<ImportProblem> problems = new ArrayList<>(hidden);
        problems.addAll(result.problems());
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportResult(result.questions(), List.copyOf(problems));
    }
}
