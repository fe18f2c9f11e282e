package org.kolo.certificates;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.kolo.web.RequestLanguage;

/** A certificate's stored PDF, for its owner (from her certificates page) and admins; the address holds only its id. */
@Path("/certificates/{id}/pdf")
@Authenticated
public class CertificateDownloads {

    @Inject
    CertificateAccess access;

    @Inject
    CertificateFiles files;

    @Inject
    RequestLanguage language;

    @GET
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id) {
        return files.download(access.readable(id), language.get());
    }
}
