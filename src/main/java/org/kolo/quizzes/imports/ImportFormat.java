package org.kolo.quizzes.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;

/** The Moodle formats the import reads. */
enum ImportFormat {

    GIFT(GiftParser::parse), AIKEN(AikenParser::parse);

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

    ImportResult parse(String content, String language) {
        return parser.apply(content, language);
    }
}
