package org.kolo.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kolo.accounts.CurrentUser;
import org.kolo.reach.City;
import org.kolo.web.RequestLanguage;

/** The signed-in person's own page: nickname, roles, city, language, and the way out. */
@Path("/me")
@Authenticated
public class MePages {

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    /** What the page shows, read once from the token: her cities by name, in her language; null when none. */
    public record Profile(String nickname, List<String> roles, String city) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(Profile profile);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance me() {
        List<String> cities = user.cities();
        return Templates.me(new Profile(
                user.nickname(), user.roles(), cities.isEmpty() ? null : City.namesOf(cities, language.get())));
    }
}
