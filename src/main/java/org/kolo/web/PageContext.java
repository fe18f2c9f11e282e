package org.kolo.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.kolo.accounts.CurrentUser;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateGlobal;
import io.vertx.core.http.HttpServerRequest;

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

    @TemplateGlobal(name = "page")
    static PageContext current() {
        return Arc.container().instance(PageContext.class).get();
    }
}
