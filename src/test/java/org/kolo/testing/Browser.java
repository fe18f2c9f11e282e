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

    public static final String SET_UP_CODE = "kc-totp-settings-form";
    public static final String TYPE_CODE = "kc-otp-login-form";

    private Browser() {}

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

    /**
     * Fills in Keycloak's login form with her password and submits it; staff then set up or type a one-time code, as
     * with an authenticator app. Returns the page Kolo answers with.
     */
    public static HtmlPage logIn(HtmlPage keycloakLogin, String username) throws IOException {
        HtmlPage next = logInWithPasswordOnly(keycloakLogin, username);
        if (next.getElementById(SET_UP_CODE) != null) {
            return setUpOneTimeCode(next, username);
        }
        if (next.getElementById(TYPE_CODE) != null) {
            return typeOneTimeCode(next, username);
        }
        return next;
    }

    /** Only the password, as someone who found it out would: staff are then asked for a code (or to set one up). */
    public static HtmlPage logInWithPasswordOnly(HtmlPage keycloakLogin, String username) throws IOException {
        HtmlForm form = keycloakLogin.getHtmlElementById("kc-form-login");
        form.getInputByName("username").type(username);
        form.getInputByName("password").type(Tokens.DEMO_PASSWORD);
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    /** Keycloak's "set up your one-time code" page: scans the secret as her app would and confirms with a code. */
    public static HtmlPage setUpOneTimeCode(HtmlPage setUp, String username) throws IOException {
        HtmlForm form = setUp.getHtmlElementById(SET_UP_CODE);
        OneTimeCodes.learned(username, form.getInputByName("totpSecret").getValue());
        form.getInputByName("totp").type(OneTimeCodes.next(username));
        form.getInputByName("userLabel").type("phone");
        return setUp.getHtmlElementById("saveTOTPBtn").click();
    }

    /** Keycloak's one-time code page after the password. */
    public static HtmlPage typeOneTimeCode(HtmlPage codePage, String username) throws IOException {
        HtmlForm form = codePage.getHtmlElementById(TYPE_CODE);
        form.getInputByName("otp").type(OneTimeCodes.next(username));
        return codePage.getHtmlElementById("kc-login").click();
    }

    /** Presses "Log out" on her own page (/me). */
    public static HtmlPage signOut(WebClient browser) throws IOException {
        HtmlPage me = browser.getPage(LocalServices.koloUrl() + "/me");
        return me.getForms().stream()
                .filter(form -> form.getActionAttribute().equals("/logout")
                        && form.getInputsByName("then").isEmpty())
                .findFirst()
                .orElseThrow()
                .getOneHtmlElementByAttribute("button", "type", "submit")
                .click();
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
            if (!header.getName().equalsIgnoreCase("Set-Cookie")
                    || !header.getValue().matches("(?i).*;\\s*Secure.*")) {
                continue;
            }
            for (HttpCookie cookie : HttpCookie.parse(header.getValue())) {
                Cookie plain = new Cookie(
                        "127.0.0.1",
                        cookie.getName(),
                        cookie.getValue(),
                        cookie.getPath() == null ? "/" : cookie.getPath(),
                        null,
                        false,
                        cookie.isHttpOnly());
                if (cookie.getMaxAge() == 0) {
                    browser.getCookieManager().removeCookie(plain);
                } else {
                    browser.getCookieManager().addCookie(plain);
                }
            }
        }
    }
}
