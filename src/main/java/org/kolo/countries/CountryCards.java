package org.kolo.countries;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fact card of each country ({@code content/countries/}) and the contacts organisations keep for their cities
 * ({@code content/cities/}), as the content import read them.
 */
public record CountryCards(List<Card> cards, Map<String, CityContacts> cities) {

    public static final List<String> TOPICS = List.of(
            "police-crimes",
            "ombudsman",
            "legal-aid",
            "protection-order",
            "substitution-therapy-in-custody",
            "detention-limits",
            "search-rules",
            "drug-registry",
            "martial-law");

    public static final CountryCards NONE = new CountryCards(List.of(), Map.of());

    /** A country's card: its name, its programme cities and its facts, in the order of {@link #TOPICS}. */
    public record Card(String code, Map<String, String> names, List<String> cities, List<Fact> facts) {}

    public record Fact(String topic, Map<String, String> text, Map<String, String> source) {}

    /** The contacts of a city, as its organisation keeps them; empty until one is verified. */
    public record CityContacts(String city, List<Contact> contacts) {}

    public record Contact(
            Map<String, String> name,
            Map<String, String> what,
            String phone,
            String hours,
            String address,
            String messenger) {}

    public Optional<Card> card(String code) {
        return cards.stream().filter(card -> card.code().equalsIgnoreCase(code)).findFirst();
    }
}
