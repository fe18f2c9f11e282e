package org.kolo.content;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kolo.accounts.Roles;

/** Lets an admin import the content folder again without restarting Kolo. */
@Path("/api/admin/content/imports")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ContentAdminResource {

    @Inject
    ContentLoader loader;

    @POST
    public LoadReport importNow() {
        return loader.load();
    }
}
