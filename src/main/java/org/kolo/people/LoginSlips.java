package org.kolo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kolo.accounts.CurrentUser;
import org.kolo.reach.City;
import org.kolo.web.Language;
import org.kolo.web.RefusedRequest;

/** Fills in login slips: Kolo's public address and the login link in the woman's language. */
@ApplicationScoped
public class LoginSlips {

    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("[" + OneTimePasswords.ALPHABET + "]{4}(-[" + OneTimePasswords.ALPHABET + "]{4}){2}");

    @ConfigProperty(name = "kolo.public-url")
    String publicUrl;

    @Inject
    CurrentUser user;

    @Inject
    KeycloakPeople keycloak;

    LoginSlip slip(String id, String nickname, String password, City city, Language language, String role) {
        String address = publicUrl.replaceAll("/+$", "");
        String login = address + "/language/" + language.code() + "?back=/my";
        return new LoginSlip(id, nickname, password, city.code, city.name(language), language, role, address, login);
    }

    /**
     * The slip again, for printing, from what the slip page holds: only for an account that exists and that the
     * caller looks after, and only with a password of the kind Kolo makes.
     */
    LoginSlip reprint(String nickname, String password, String languageCode) {
        Language language =
                Language.ofCode(languageCode).orElseThrow(() -> new RefusedRequest(400, "language-unknown"));
        if (password == null || !ONE_TIME_PASSWORD.matcher(password).matches()) {
            throw new RefusedRequest(400, "slip-invalid");
        }
        KeycloakPeople.Person person = Nicknames.normalize(nickname)
                .flatMap(keycloak::byNickname)
                .filter(found -> found.cities().stream().anyMatch(user::reaches))
                .orElseThrow(() -> new RefusedRequest(404, "person-not-found"));
        City city = person.city().flatMap(City::byCode).orElseThrow(() -> new RefusedRequest(404, "person-not-found"));
        return slip(person.id(), person.nickname(), password, city, language, null);
    }
}
