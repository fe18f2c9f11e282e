package org.kolo.content.imports;

import java.nio.file.Path;
import java.util.Optional;
import org.kolo.content.ContentReader;

/**
 * The import's arguments, in the order the {@code import-quiz} Maven profile passes them: file, language, quiz
 * id, format, skip-unsupported, title. Maven passes every one, so an empty (or missing) argument means absent.
 */
record ImportArguments(
        Path file,
        String language,
        String id,
        ImportFormat format,
        boolean formatGuessed,
        boolean skipUnsupported,
        String title) {

    static final String USAGE = "usage: mvn -q -Pimport-quiz -Dkolo.import.file=bank.gift "
            + "-Dkolo.import.language=ru|uk|kk|en -Dkolo.import.id=quiz-id [-Dkolo.import.format=gift|aiken] "
            + "[-Dkolo.import.skip-unsupported=true] [-Dkolo.import.title='Quiz title']";

    /** @throws IllegalArgumentException naming the argument that is missing or wrong */
    static ImportArguments parse(String... args) {
        Path file = Path.of(required(args, 0, "kolo.import.file"));
        String language = required(args, 1, "kolo.import.language");
        if (!ContentReader.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(
                    "kolo.import.language must be one of ru, uk, kk, en, not '" + language + "'");
        }
        String id = required(args, 2, "kolo.import.id");
        if (!ContentReader.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("kolo.import.id '" + id + "' is not an id: lowercase Latin letters, "
                    + "digits and hyphens, 3 to 60, starting with a letter");
        }
        Optional<String> format = optional(args, 3);
        return new ImportArguments(
                file,
                language,
                id,
                format.map(ImportFormat::named).orElseGet(() -> ImportFormat.byExtension(file)),
                format.isEmpty(),
                optional(args, 4).map(ImportArguments::flag).orElse(false),
                optional(args, 5).orElse(id));
    }

    private static String required(String[] args, int index, String name) {
        return optional(args, index).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    private static Optional<String> optional(String[] args, int index) {
        return index < args.length
                ? Optional.ofNullable(args[index]).map(String::strip).filter(a -> !a.isEmpty())
                : Optional.empty();
    }

    private static boolean flag(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(
                    "kolo.import.skip-unsupported must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }
}
