package org.kolo.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;

/**
 * Behind a proxy, {@code X-Forwarded-For} is believed only from the proxies in {@code KOLO_TRUSTED_PROXIES}:
 * anyone else who sends it is still counted by her own address, so the verification limit cannot be dodged.
 * Here 127.0.0.2 is the trusted proxy and 127.0.0.1 a client that forges the header.
 */
@QuarkusTest
@TestProfile(ForwardedAddressesTest.BehindAProxy.class)
class ForwardedAddressesTest {

    static final int LIMIT = 3;
    static final String PROXY = "127.0.0.2";
    static final String CLIENT = "127.0.0.1";

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true",
                    "quarkus.http.proxy.trusted-proxies",
                    PROXY,
                    "kolo.certificates.verifications-per-minute",
                    String.valueOf(LIMIT));
        }
    }

    @Test
    void a_forged_forwarded_for_from_an_untrusted_address_does_not_dodge_the_limit() throws IOException {
        for (int i = 1; i <= LIMIT; i++) {
            assertEquals(400, verifyFrom(CLIENT, "198.51.100." + i), "a malformed code, but counted");
        }
        assertEquals(
                429,
                verifyFrom(CLIENT, "198.51.100.99"),
                "a new X-Forwarded-For from an untrusted address is still the same client");
    }

    @Test
    void the_trusted_proxy_passes_each_client_on_with_her_own_allowance() throws IOException {
        for (int client = 1; client <= LIMIT + 2; client++) {
            assertEquals(400, verifyFrom(PROXY, "203.0.113." + client), "each woman behind the proxy is herself");
        }
        for (int i = 1; i < LIMIT; i++) {
            assertEquals(400, verifyFrom(PROXY, "203.0.113.1"));
        }
        assertEquals(429, verifyFrom(PROXY, "203.0.113.1"), "one client behind the proxy reaches her limit");
    }

    /** One GET of the verify page, sent from {@code localAddress} with the given {@code X-Forwarded-For}. */
    private static int verifyFrom(String localAddress, String forwardedFor) throws IOException {
        URI kolo = URI.create(LocalServices.koloUrl());
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(kolo.getHost(), kolo.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /verify/not-a-code HTTP/1.1\r\nHost: " + kolo.getAuthority() + "\r\nX-Forwarded-For: "
                            + forwardedFor + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
