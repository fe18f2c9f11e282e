package org.kolo.content.imports;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.kolo.content.ContentReader;
import org.kolo.web.Language;

/**
 * Gives each question of one quiz a unique id: its Moodle name made into an id where that works
 * ({@code ::Права при задержании::} becomes {@code prava-pri-zaderzhanii}), else {@code question-<n>} after its
 * place in the file, so that ids stay the same whatever else is left out.
 */
final class QuestionIds {

    private static final int MAX_LENGTH = 60;
    /**
     * The language's own romanisation first (Ukrainian г is h, Russian г is g); then Kazakh, whose alphabet holds
     * the Russian one, for what is left, since Kazakh texts mix in Russian words and the other way round.
     */
    private static final Map<String, String> ROMANISATION = Map.of(
            Language.RU.code(), "Russian-Latin/BGN; ",
            Language.UK.code(), "Ukrainian-Latin/BGN; ");

    private static final String TO_ASCII = "Kazakh-Latin/BGN; Any-Latin; Latin-ASCII; [:Lm:] Remove; Lower";

    private final Transliterator toLatin;
    private final Set<String> taken = new HashSet<>();

    QuestionIds(String language) {
        toLatin = Transliterator.getInstance(ROMANISATION.getOrDefault(language, "") + TO_ASCII);
    }

    /** The id of the {@code number}th question of the file; {@code name} may be null. */
    String next(String name, int number) {
        String slug = name == null ? "" : slug(name);
        String base = ContentReader.ID.matcher(slug).matches() ? slug : "question-" + number;
        String id = base;
        for (int suffix = 2; !taken.add(id); suffix++) {
            id = shorten(base, MAX_LENGTH - String.valueOf(suffix).length() - 1) + "-" + suffix;
        }
        return id;
    }

    String slug(String name) {
        String latin = toLatin.transliterate(name)
                .replaceAll("['\"’`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^[^a-z]+|-+$", "");
        return shorten(latin, MAX_LENGTH);
    }

    /** Cut at a hyphen where possible, so an id does not end in half a word. */
    private static String shorten(String slug, int length) {
        if (slug.length() <= length) {
            return slug;
        }
        String cut = slug.substring(0, length);
        int hyphen = cut.lastIndexOf('-');
        return hyphen >= 3 ? cut.substring(0, hyphen) : cut;
    }
}
