package org.kolo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kolo.printing.QrCode;
import org.kolo.web.Language;
import org.kolo.web.Messages;

/** A login slip's words and QR code in the woman's language (which may not be the trainer's). */
@ApplicationScoped
public class SlipTexts {

    @Inject
    Messages messages;

    SlipWords words(Language language) {
        return new SlipWords(
                messages.format(language, "slip.heading"),
                messages.format(language, "slip.address"),
                messages.format(language, "slip.nickname"),
                messages.format(language, "slip.password"),
                messages.format(language, "slip.scan"),
                messages.format(language, "slip.note"));
    }

    String qrSvg(LoginSlip slip) {
        return QrCode.encode(slip.loginUrl()).svg(messages.format(slip.language(), "slip.scan"));
    }
}
