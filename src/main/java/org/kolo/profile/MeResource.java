package org.kolo.profile;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kolo.accounts.CurrentUser;
import org.kolo.web.RequestLanguage;

/** The caller's own account, for apps: {@code GET /api/me}. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    /** The account as the caller may see it; never another person's. Cities are codes, named by /api/cities. */
    public record Me(String nickname, List<String> roles, String city, List<String> cities, String language) {}

    @GET
    public Me me() {
        return new Me(
                user.nickname(),
                user.roles(),
                user.city().orElse(null),
                user.cities(),
                language.get().code());
    }
}
