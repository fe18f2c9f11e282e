package org.kolo.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.kolo.web.Language;

/**
 * What a woman needs to sign in the first time, printed or shown on a screen: where Kolo is, her nickname and her
 * one-time password, and a QR code that opens the login in her language. It is never stored.
 */
public record LoginSlip(
        String accountId,
        String nickname,
        String oneTimePassword,
        String city,
        String cityName,
        @JsonIgnore Language language,
        String role,
        String address,
        String loginUrl) {

    /** Her language's code, as the API sends it. */
    @JsonProperty("language")
    public String languageCode() {
        return language.code();
    }
}
