package org.kolo.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;
import org.kolo.reach.City;
import org.kolo.web.RefusedRequest;
import org.kolo.web.RequestLanguage;

/**
 * Staff's people pages: find an account in the cities they look after, and make one on the spot, which ends on the
 * woman's login slip (shown once, never stored: the page and its PDF are not cached).
 */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
public class PeoplePages {

    @Inject
    CurrentUser user;

    @Inject
    NewAccounts accounts;

    @Inject
    PeopleFinder finder;

    @Inject
    LoginSlips slips;

    @Inject
    SlipTexts slipTexts;

    @Inject
    RequestLanguage language;

    @Inject
    PersonActions actions;

    @Inject
    PersonLearning learning;

    @Inject
    org.kolo.audit.AuditLog audit;

    /** The new-account form as sent, with a problem to show and free nicknames to offer (nothing typed is lost). */
    public record NewForm(
            String nickname, String city, String language, String role, String problem, List<String> suggestions) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(List<PeopleFinder.Found> people, String q, boolean mayCreate);

        static native TemplateInstance create(List<City> cities, List<String> roles, NewForm form);

        static native TemplateInstance slip(LoginSlip slip, SlipWords words, String qrSvg);

        static native TemplateInstance person(
                PersonActions.Managed managed,
                String cityNames,
                List<City> cities,
                List<org.kolo.audit.AuditEntry> history,
                PersonLearning.Learning learning,
                String problem);
    }

    @GET
    public TemplateInstance people(@QueryParam("q") String q) {
        return Templates.people(finder.find(null, q), q == null ? "" : q.strip(), true);
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        List<City> cities = accounts.cities();
        String city = user.city()
                .filter(own -> cities.stream().anyMatch(c -> c.code.equals(own)))
                .orElse("");
        return Templates.create(
                cities,
                accounts.grantableRoles(),
                new NewForm("", city, language.get().code(), Roles.ACTIVIST, null, List.of()));
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @FormParam("nickname") String nickname,
            @FormParam("city") String city,
            @FormParam("language") String chosenLanguage,
            @FormParam("role") String role) {
        NewAccounts.Request request = new NewAccounts.Request(nickname, city, chosenLanguage, role);
        try {
            LoginSlip slip = accounts.create(request);
            return noStore(Response.ok(slipPage(slip)));
        } catch (RefusedRequest refused) {
            List<String> suggestions = refused.code().equals("nickname-taken")
                    ? accounts.availability(nickname).suggestions()
                    : List.of();
            NewForm form = new NewForm(
                    nickname == null ? "" : nickname.strip(), city, chosenLanguage, role, refused.code(), suggestions);
            return Response.status(refused.status())
                    .entity(Templates.create(accounts.cities(), accounts.grantableRoles(), form))
                    .build();
        }
    }

    /** The as-you-type check of the form's script: whether the nickname is free, and free ones like it. */
    @POST
    @Path("/nickname-check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public NewAccounts.Availability nicknameCheck(@FormParam("nickname") String nickname) {
        return accounts.availability(nickname);
    }

    /**
     * The slip as a one-page PDF, from the slip page's own fields (the one-time password exists nowhere else).
     * Only the nickname, password and language are taken; the address and link are Kolo's own.
     */
    @POST
    @Path("/slip.pdf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("application/pdf")
    public Response slipPdf(
            @FormParam("nickname") String nickname,
            @FormParam("password") String password,
            @FormParam("language") String chosenLanguage) {
        LoginSlip slip = slips.reprint(nickname, password, chosenLanguage);
        byte[] pdf = LoginSlipPdf.render(slip, slipTexts.words(slip.language()));
        return noStore(
                Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"kolo.pdf\""));
    }

    @GET
    @Path("/{person}")
    public TemplateInstance person(@PathParam("person") String person) {
        return personPage(actions.manageable(person), null);
    }

    @POST
    @Path("/{person}/password-reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("person") String person) {
        return acting(person, () -> noStore(Response.ok(slipPage(actions.resetPassword(person)))));
    }

    @POST
    @Path("/{person}/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@PathParam("person") String person) {
        return acting(person, () -> {
            actions.endSessions(person);
            return backTo(person);
        });
    }

    @POST
    @Path("/{person}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enabled(@PathParam("person") String person, @FormParam("enabled") boolean enabled) {
        return acting(person, () -> {
            actions.setEnabled(person, enabled);
            return backTo(person);
        });
    }

    @POST
    @Path("/{person}/city")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response city(@PathParam("person") String person, @FormParam("city") String city) {
        return acting(person, () -> {
            actions.changeCity(person, city);
            return backTo(person);
        });
    }

    @POST
    @Path("/{person}/roles")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response roles(
            @PathParam("person") String person,
            @FormParam("role") List<String> roles,
            @FormParam("cities") List<String> cities) {
        return acting(person, () -> {
            actions.apply(person, new PersonActions.Changes(null, null, roles, cities));
            return backTo(person);
        });
    }

    private interface Action {
        Response run();
    }

    /** Runs a staff action; a refusal shows her page again with the reason, as it was. */
    private Response acting(String person, Action action) {
        try {
            return action.run();
        } catch (RefusedRequest refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(personPage(actions.manageable(person), refused.code()))
                    .build();
        }
    }

    private TemplateInstance personPage(PersonActions.Managed managed, String problem) {
        return Templates.person(
                managed,
                City.namesOf(managed.person().cities(), language.get()),
                accounts.cities(),
                audit.about(managed.person().id()),
                learning.of(managed.person().id()),
                problem);
    }

    private static Response backTo(String person) {
        return Response.seeOther(java.net.URI.create("/people/" + person)).build();
    }

    private TemplateInstance slipPage(LoginSlip slip) {
        return Templates.slip(slip, slipTexts.words(slip.language()), slipTexts.qrSvg(slip));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }
}
