package org.kolo.testing;

import java.io.IOException;
import java.net.HttpCookie;

import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;

/**
 * A headless browser without JavaScript, as on the cheapest phones. Real browsers treat 127.0.0.1 as a secure
 * context and keep Keycloak's {@code Secure} cookies on plain HTTP there; HtmlUnit does not, so this browser
 * keeps them for loopback answers, and only for them.
 */
public final class Browser {

    private Browser() {
    }

    public static WebClient open() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setRedirectEnabled(true);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
        new WebConnectionWrapper(browser) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                if ("127.0.0.1".equals(request.getUrl().getHost())) {
                    keepSecureCookies(browser, response);
                }
                return response;
            }
        };
        return browser;
    }

    /** Fills in Keycloak's login form as a demo user and submits it; returns the page Kolo answers with. */
    public static HtmlPage logIn(HtmlPage keycloakLogin, String username) throws IOException {
        HtmlForm form = keycloakLogin.getHtmlElementById("kc-form-login");
        form.getInputByName("username").type(username);
        form.getInputByName("password").type(Tokens.DEMO_PASSWORD);
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    /** Presses "Log out" on her own page (/me). */
    public static HtmlPage signOut(WebClient browser) throws IOException {
        HtmlPage me = browser.getPage(LocalServices.koloUrl() + "/me");
        return me.getForms().stream()
                .filter(form -> form.getActionAttribute().equals("/logout") && form.getInputsByName("then").isEmpty())
                .findFirst().orElseThrow()
                .getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    /** The browser's Kolo session cookies as a Cookie header, as someone who copied them off the phone would send. */
    public static String sessionCookies(WebClient browser) {
        return browser.getCookieManager().getCookies().stream()
                .filter(cookie -> cookie.getName().startsWith("q_session"))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static void keepSecureCookies(WebClient browser, WebResponse response) {
        for (NameValuePair header : response.getResponseHeaders()) {
            if (!header.getName().equalsIgnoreCase("Set-Cookie") || !header.getValue().matches("(?i).*;\\s*Secure.*")) {
                continue;
            }
            for (HttpCookie cookie : HttpCookie.parse(header.getValue())) {
                Cookie plain = new Cookie("127.0.0.1", cookie.getName(), cookie.getValue(),
                        cookie.getPath() == null ? "/" : cookie.getPath(), null, false, cookie.isHttpOnly());
                if (cookie.getMaxAge() == 0) {
                    browser.getCookieManager().removeCookie(plain);
                } else {
                    browser.getCookieManager().addCookie(plain);
                }
            }
        }
    }
}
