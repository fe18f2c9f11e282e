package org.kolo.reach;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hibernate.validator.constraints.Range;
import org.kolo.accounts.Roles;
import org.kolo.web.Language;
import org.kolo.web.RequestLanguage;

/** The programme's cities and their reach targets: everyone signed in reads, admins change targets. */
@Path("/api/cities")
@Produces(MediaType.APPLICATION_JSON)
public class CityResource {

    @Inject
    CityService cities;

    @Inject
    RequestLanguage language;

    /** A city as the API shows it, named in the caller's language. */
    public record CityView(String code, String name, String country, String timeZone, int target) {
        static CityView of(City city, Language language) {
            return new CityView(city.code, city.name(language), city.country, city.timeZone, city.target);
        }
    }

    /** The new reach target for a city. */
    public record TargetChange(
            @NotNull(message = "{city.target.required}") @Range(min = 1, max = 100000, message = "{city.target.range}")
            Integer target) {}

    @GET
    @Authenticated
    public List<CityView> list() {
        return cities.all().stream()
                .map(city -> CityView.of(city, language.get()))
                .toList();
    }

    @PUT
    @Path("/{code}/target")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public CityView changeTarget(@PathParam("code") String code, @Valid @NotNull TargetChange change) {
        return CityView.of(cities.changeTarget(code, change.target()), language.get());
    }
}
