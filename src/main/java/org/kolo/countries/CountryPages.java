package org.kolo.countries;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import org.kolo.countries.CountryCards.Card;
import org.kolo.countries.CountryCards.CityContacts;
import org.kolo.reach.City;
import org.kolo.web.Texts;

/** The fact card of each country with the contacts of its cities. Public, as the courses are: facts, no persons. */
@Path("/countries")
@PermitAll
public class CountryPages {

    @Inject
    CountryFacts facts;

    @Inject
    Texts texts;

    /** A city of the card with its name in the reader's language. */
    public record CityView(String name, CityContacts contacts) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance countries(List<Card> cards);

        static native TemplateInstance country(Card card, List<CityView> cities);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance countries() {
        return Templates.countries(facts.current().cards());
    }

    @GET
    @Path("/{country}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance country(@PathParam("country") String code) {
        Card card = facts.current().card(code).orElseThrow(NotFoundException::new);
        List<CityView> cities = card.cities().stream()
                .map(facts.current().cities()::get)
                .filter(Objects::nonNull)
                .map(this::view)
                .toList();
        return Templates.country(card, cities);
    }

    private CityView view(CityContacts contacts) {
        City city = City.findById(contacts.city());
        return new CityView(city == null ? contacts.city() : city.name(texts.lang()), contacts);
    }
}
