package org.kolo.media;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.kolo.accounts.CurrentUser;

/** The data saver, remembered on the account: players start with the smallest version. */
@Path("/media/preferences")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MediaPreferences {

    @Inject
    CurrentUser user;

    /** Whether the smallest version plays first. */
    public record Preference(boolean dataSaver) {}

    @GET
    public Preference get() {
        return new Preference(!Panache.getEntityManager()
                .createNativeQuery("select 1 from media_preference where account_id = ?1 and data_saver")
                .setParameter(1, user.id().orElseThrow())
                .getResultList()
                .isEmpty());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Preference set(@NotNull Preference preference) {
        Panache.getEntityManager()
                .createNativeQuery("""
                insert into media_preference (account_id, data_saver, updated_at) values (?1, ?2, ?3)
                on conflict (account_id) do update set data_saver = ?2, updated_at = ?3""")
                .setParameter(1, user.id().orElseThrow())
                .setParameter(2, preference.dataSaver())
                .setParameter(3, Instant.now())
                .executeUpdate();
        return preference;
    }
}
