package org.kolo.content;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kolo.countries.CountryCards;

/** A country card and city contacts that tests write for themselves (never the shipped cards). */
public final class TestCountry {

    private TestCountry() {}

    /** A valid card for Ukraine with one city, Kyiv; every fact says which topic it is. */
    public static String card() {
        StringBuilder card = new StringBuilder("""
                country: UA
                name: {ru: Тестовая страна, uk: Тестова країна, kk: Сынақ елі, en: Test country}
                cities: [kyiv]
                facts:
                """);
        for (String topic : CountryCards.TOPICS) {
            card.append("  - topic: ")
                    .append(topic)
                    .append('\n')
                    .append("    text: {ru: Факт ")
                    .append(topic)
                    .append(", uk: Факт ")
                    .append(topic)
                    .append(", kk: Дерек ")
                    .append(topic)
                    .append(", en: Fact ")
                    .append(topic)
                    .append("}\n")
                    .append("    source: {ru: Закон ")
                    .append(topic)
                    .append(", uk: Закон ")
                    .append(topic)
                    .append(", kk: Заң ")
                    .append(topic)
                    .append(", en: Law ")
                    .append(topic)
                    .append("}\n");
        }
        return card.toString();
    }

    public static final String KYIV = """
            city: kyiv
            contacts:
              - name: {ru: Тестовая организация, uk: Тестова організація, kk: Сынақ ұйымы, en: Test organisation}
                what: {ru: Юристка, uk: Юристка, kk: Заңгер, en: Lawyer}
                phone: "+380 00 000 00 00"
                hours: "10-18"
            """;

    /** Writes the card as {@code countries/ua.yaml} and Kyiv's contacts under {@code root}. */
    public static void write(Path root, String card, String kyiv) throws Exception {
        Files.createDirectories(root.resolve("countries"));
        Files.createDirectories(root.resolve("cities"));
        Files.writeString(root.resolve("countries/ua.yaml"), card);
        if (kyiv != null) {
            Files.writeString(root.resolve("cities/kyiv.yaml"), kyiv);
        }
    }
}
