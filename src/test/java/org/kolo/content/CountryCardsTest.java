package org.kolo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.countries.CountryCards;

class CountryCardsTest {

    @TempDir
    Path root;

    @Test
    void a_complete_card_reads_with_its_facts_in_topic_order_and_its_city_contacts() throws Exception {
        TestCountry.write(root, TestCountry.card(), TestCountry.KYIV);
        List<ContentProblem> problems = new ArrayList<>();
        CountryCards cards = CountryCardsReader.read(root, problems);
        assertEquals(List.of(), problems);
        CountryCards.Card card = cards.card("ua").orElseThrow();
        assertEquals(
                CountryCards.TOPICS,
                card.facts().stream().map(CountryCards.Fact::topic).toList());
        assertEquals("Дерек police-crimes", card.facts().get(0).text().get("kk"));
        assertEquals(
                "+380 00 000 00 00",
                cards.cities().get("kyiv").contacts().get(0).phone());
    }

    @Test
    void a_missing_topic_text_or_source_a_phone_number_and_a_missing_city_are_errors_at_their_lines() throws Exception {
        String card = TestCountry.card()
                .replace("  - topic: legal-aid\n", "  - topic: legal-aids\n")
                .replace(", kk: Дерек ombudsman", ", kk: \"\"")
                .replace(
                        "{ru: Закон drug-registry, uk: Закон drug-registry, kk: Заң drug-registry, en: Law drug-registry}",
                        "{ru: Закон}")
                .replace("Факт search-rules,", "Факт звоните +7 700 123 45 67,")
                .replace("cities: [kyiv]", "cities: [kyiv, odesa]");
        TestCountry.write(root, card, TestCountry.KYIV);
        List<ContentProblem> problems = new ArrayList<>();
        CountryCardsReader.read(root, problems);
        List<String> shown =
                problems.stream().map(problem -> problem.format(root)).toList();
        int legalAid = line(card, "topic: legal-aids");
        assertEquals(
                List.of(
                        "countries/ua.yaml:" + (line(card, "topic: ombudsman") + 1) + ": error: text: no kk text",
                        "countries/ua.yaml:" + legalAid + ": error: unknown topic 'legal-aids'; the topics are "
                                + String.join(", ", CountryCards.TOPICS),
                        "countries/ua.yaml:" + (line(card, "topic: search-rules") + 1)
                                + ": error: no phone numbers on a "
                                + "country card: put them in the city's contacts (content/cities/)",
                        "countries/ua.yaml:" + (line(card, "topic: drug-registry") + 2) + ": error: source: no uk text",
                        "countries/ua.yaml:" + (line(card, "topic: drug-registry") + 2) + ": error: source: no kk text",
                        "countries/ua.yaml:5: error: no fact on 'legal-aid'",
                        "countries/ua.yaml:1: error: city 'odesa' has no contacts file cities/odesa.yaml (contacts: [] until "
                                + "one is verified)"),
                shown);
    }

    @Test
    void martial_law_is_required_for_ukraine_only_and_a_review_mark_is_listed() throws Exception {
        String withoutMartialLaw =
                TestCountry.card().substring(0, TestCountry.card().indexOf("  - topic: martial-law"));
        TestCountry.write(
                root,
                withoutMartialLaw.replace("country: UA", "country: UA\nreview: сроки задержания"),
                "city: kyiv\ncontacts: []\n");
        List<ContentProblem> problems = new ArrayList<>();
        CountryCardsReader.read(root, problems);
        List<String> shown =
                problems.stream().map(problem -> problem.format(root)).toList();
        assertEquals(
                List.of(
                        "countries/ua.yaml:2: review: for a lawyer to confirm: сроки задержания",
                        "countries/ua.yaml:6: error: no fact on 'martial-law'"),
                shown);
        java.nio.file.Files.delete(root.resolve("countries/ua.yaml"));
        java.nio.file.Files.writeString(
                root.resolve("countries/ge.yaml"),
                withoutMartialLaw.replace("country: UA", "country: GE").replace("cities: [kyiv]", "cities: []"));
        List<ContentProblem> georgia = new ArrayList<>();
        assertTrue(CountryCardsReader.read(root, georgia).card("ge").isPresent());
        assertEquals(List.of(), georgia);
    }

    private static int line(String text, String what) {
        return (int) text.substring(0, text.indexOf(what))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }
}
