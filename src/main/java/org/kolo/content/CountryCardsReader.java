package org.kolo.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kolo.countries.CountryCards;
import org.kolo.countries.CountryCards.Card;
import org.kolo.countries.CountryCards.CityContacts;
import org.kolo.countries.CountryCards.Contact;
import org.kolo.countries.CountryCards.Fact;
import org.kolo.web.Language;

/**
 * Reads and checks the country cards and city contacts together: every topic once, every text in ru, uk and kk, a
 * source for every fact, no phone number on a card, a contacts file for every city a country lists.
 */
final class CountryCardsReader {

    private static final List<String> TOPICS = CountryCards.TOPICS;
    private static final List<String> REQUIRED =
            Language.CONTENT.stream().map(Language::code).toList();
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s-]?\\d){5,}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private CountryCardsReader() {}

    /** The cards and contacts under {@code root}; none when there is no countries folder. */
    static CountryCards read(Path root, List<ContentProblem> problems) {
        Path countries = root.resolve("countries");
        if (!Files.isDirectory(countries)) {
            return CountryCards.NONE;
        }
        List<Card> cards = new ArrayList<>();
        Map<String, CityContacts> cities = new LinkedHashMap<>();
        for (Path file : ContentReader.sortedChildren(countries)) {
            if (!file.getFileName().toString().endsWith(".yaml")) {
                problems.add(ContentProblem.error(file, 1, "only country cards (xx.yaml) belong in countries/"));
                continue;
            }
            ContentFiles.yaml(file, problems)
                    .flatMap(yaml -> card(yaml, file, problems))
                    .ifPresent(card -> {
                        cards.add(card);
                        for (String city : card.cities()) {
                            city(root.resolve("cities/" + city + ".yaml"), city, file, problems)
                                    .ifPresent(contacts -> cities.put(city, contacts));
                        }
                    });
        }
        return new CountryCards(List.copyOf(cards), Map.copyOf(cities));
    }

    private static Optional<Card> card(YamlNode yaml, Path file, List<ContentProblem> problems) {
        String code = yaml.get("country").flatMap(YamlNode::text).orElse("");
        String expected =
                file.getFileName().toString().replaceFirst("\\.yaml$", "").toUpperCase();
        if (!COUNTRY.matcher(code).matches() || !code.equals(expected)) {
            problems.add(ContentProblem.error(
                    file,
                    line(yaml, "country"),
                    "country: '" + code + "' must be the file name in capitals, '" + expected + "'"));
            return Optional.empty();
        }
        yaml.get("review")
                .flatMap(YamlNode::text)
                .filter(text -> !text.isBlank())
                .ifPresent(text -> problems.add(ContentProblem.review(file, line(yaml, "review"), text)));
        Map<String, String> names = texts(yaml, "name", file, problems);
        List<String> cities = yaml.get("cities").map(YamlNode::items).orElse(List.of()).stream()
                .flatMap(item -> item.text().stream())
                .toList();
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (YamlNode node : yaml.get("facts").map(YamlNode::items).orElse(List.of())) {
            String topic = node.get("topic").flatMap(YamlNode::text).orElse("");
            if (!TOPICS.contains(topic)) {
                problems.add(ContentProblem.error(
                        file,
                        node.line(),
                        "unknown topic '" + topic + "'; the topics are " + String.join(", ", TOPICS)));
            } else if (facts.containsKey(topic)) {
                problems.add(ContentProblem.error(file, node.line(), "topic '" + topic + "' is there twice"));
            } else {
                Map<String, String> text = texts(node, "text", file, problems);
                text.values().stream()
                        .filter(value -> PHONE.matcher(value).find())
                        .findFirst()
                        .ifPresent(value -> problems.add(ContentProblem.error(
                                file,
                                line(node, "text"),
                                "no phone numbers on a country "
                                        + "card: put them in the city's contacts (content/cities/)")));
                facts.put(topic, new Fact(topic, text, texts(node, "source", file, problems)));
            }
        }
        for (String topic : TOPICS) {
            boolean required = !topic.equals("martial-law") || code.equals("UA");
            if (required && !facts.containsKey(topic)) {
                problems.add(ContentProblem.error(file, line(yaml, "facts"), "no fact on '" + topic + "'"));
            }
        }
        List<Fact> ordered =
                TOPICS.stream().filter(facts::containsKey).map(facts::get).toList();
        return Optional.of(new Card(code, names, cities, ordered));
    }

    private static Optional<CityContacts> city(Path file, String city, Path card, List<ContentProblem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(ContentProblem.error(
                    card,
                    1,
                    "city '" + city + "' has no contacts file cities/" + city
                            + ".yaml (contacts: [] until one is verified)"));
            return Optional.empty();
        }
        return ContentFiles.yaml(file, problems).map(yaml -> {
            String named = yaml.get("city").flatMap(YamlNode::text).orElse("");
            if (!named.equals(city)) {
                problems.add(ContentProblem.error(file, line(yaml, "city"), "city: must be '" + city + "'"));
            }
            List<Contact> contacts = new ArrayList<>();
            for (YamlNode node : yaml.get("contacts").map(YamlNode::items).orElse(List.of())) {
                contacts.add(new Contact(
                        texts(node, "name", file, problems),
                        texts(node, "what", file, problems),
                        optional(node, "phone"),
                        optional(node, "hours"),
                        optional(node, "address"),
                        optional(node, "messenger")));
            }
            return new CityContacts(city, List.copyOf(contacts));
        });
    }

    private static Map<String, String> texts(YamlNode node, String key, Path file, List<ContentProblem> problems) {
        Map<String, String> texts = node.get(key).map(YamlNode::strings).orElse(Map.of());
        Set<String> missing = new HashSet<>(REQUIRED);
        texts.forEach((language, text) -> {
            if (!text.isBlank()) {
                missing.remove(language);
            }
        });
        REQUIRED.stream()
                .filter(missing::contains)
                .forEach(language ->
                        problems.add(ContentProblem.error(file, line(node, key), key + ": no " + language + " text")));
        return Map.copyOf(texts);
    }

    private static String optional(YamlNode node, String key) {
        return node.get(key)
                .flatMap(YamlNode::text)
                .filter(text -> !text.isBlank())
                .orElse(null);
    }

    private static int line(YamlNode node, String key) {
        return node.get(key).map(YamlNode::line).orElse(node.line());
    }
}
