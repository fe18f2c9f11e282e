package org.kolo.web;

import org.kolo.accounts.CurrentUser;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The signed-in person's own page: nickname, roles, city, language, and the way out. */
@Path("/me")
@Authenticated
public class MePages {

    @Inject
    CurrentUser user;

    /** What the page shows, read once from the token. */
    public record Profile(String nickname, List<String> roles, String city) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(Profile profile);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance me() {
        return Templates.me(new Profile(user.nickname(), user.roles(), user.city().orElse(null)));
    }
}
