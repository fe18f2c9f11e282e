package org.kolo.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.TemplateGlobal;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.kolo.accounts.CurrentUser;

/** What the shared layout needs to know about the current request, as {@code page} in templates. */
@RequestScoped
@Unremovable
public class PageContext {

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentUser user;

    @Inject
    WebConfig config;

    @Inject
    CsrfTokenParameterProvider csrf;

    private String formTokenHole;

    /** The path of this page, so that choosing a language comes back to it. */
    public String path() {
        return request.path();
    }

    /** The neutral site the quick exit opens. */
    public String quickExitUrl() {
        return config.quickExitUrl();
    }

    public boolean signedIn() {
        return user.isAuthenticated();
    }

    /** Whether the layout offers "exit and sign out": to a signed-in reader, on a page that has a form token. */
    public boolean offersSignOut() {
        return signedIn() && formToken() != null;
    }

    /**
     * The form token of the layout's forms (sign out): this request's, or a hole when the page is cached for many;
     * none on an answer to a request no page matched (405, 404), which the token filter never saw.
     */
    public String formToken() {
        if (formTokenHole != null) {
            return formTokenHole;
        }
        try {
            return csrf.getToken();
        } catch (IllegalStateException noTokenForThisRequest) {
            return null;
        }
    }

    /** For a page rendered once for many readers: the layout writes {@code hole}, filled per request. */
    public void renderFormTokenAs(String hole) {
        formTokenHole = hole;
    }

    @TemplateGlobal(name = "page")
    static PageContext current() {
        return Arc.container().instance(PageContext.class).get();
    }
}
