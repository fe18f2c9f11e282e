package org.kolo.certificates;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/** How certificates are made and verified: {@code kolo.certificates.*}, from the environment (see README). */
@ConfigMapping(prefix = "kolo.certificates")
public interface CertificateConfig {

    /** The organisation's certificate look: template.yaml and its logo. */
    @WithDefault("content/certificates")
    Path templateDir();

    /** The Ed25519 key that signs what certificates say; made on first start when missing. */
    Path signingKeyFile();

    /** The printed completion date is today's date in this zone. */
    ZoneId timeZone();

    /** Verifications each client may make a minute. */
    int verificationsPerMinute();

    /** Every verification answers after this long, so timing tells nothing about a code. */
    Duration verificationAnswerTime();
}
