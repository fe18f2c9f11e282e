package org.kolo.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.kolo.accounts.Roles;

/**
 * People's accounts for apps: make one (201 with the login slip's data, sent once and stored nowhere) and find
 * them, within the cities the caller looks after.
 */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
public class PeopleResource {

    @Inject
    NewAccounts accounts;

    @Inject
    PeopleFinder finder;

    @Inject
    PersonActions actions;

    /** A new account: the role defaults to activist, the language to Russian. */
    public record NewPerson(
            @NotNull @Size(max = 64) String nickname,
            @NotNull @Size(max = 40) String city,
            @Size(max = 8) String language,
            @Size(max = 20) String role) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewPerson person) {
        LoginSlip slip = accounts.create(new NewAccounts.Request(
                person.nickname(), person.city(), person.language() == null ? "ru" : person.language(), person.role()));
        return Response.status(201)
                .entity(slip)
                .header("Cache-Control", "no-store")
                .build();
    }

    /** What to change on an account; what is left out stays as it is. Roles and cities are for admins. */
    public record Change(
            @Size(max = 40) String city,
            Boolean enabled,
            @Size(max = 3) List<@Size(max = 20) String> roles,
            @Size(max = 20) List<@Size(max = 40) String> cities) {}

    @POST
    @Path("/{person}/password-reset")
    public Response resetPassword(@PathParam("person") String person) {
        return Response.ok(actions.resetPassword(person))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/{person}/sign-out")
    public Response signOut(@PathParam("person") String person) {
        actions.endSessions(person);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{person}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PeopleFinder.Found change(@PathParam("person") String person, @Valid @NotNull Change change) {
        actions.apply(
                person, new PersonActions.Changes(change.city(), change.enabled(), change.roles(), change.cities()));
        return finder.view(actions.manageable(person));
    }

    @GET
    public List<PeopleFinder.Found> find(@QueryParam("city") String city, @QueryParam("q") String q) {
        return finder.find(city, q);
    }
}
