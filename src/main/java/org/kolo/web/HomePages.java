package org.kolo.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public home page: what Kolo is and who it is for. */
@Path("/")
@PermitAll
public class HomePages {

    /** Russian, Ukrainian and Kazakh: the languages courses are written in. */
    static final int COURSE_LANGUAGES = 3;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(int courseLanguages);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(COURSE_LANGUAGES);
    }
}
