package org.kolo.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kolo.web.RefusedRequest;

class VerificationLimiterTest {

    @Test
    void a_client_past_its_allowance_is_told_to_come_back_later_while_others_go_on() {
        VerificationLimiter limiter = new VerificationLimiter(3);
        for (int i = 0; i < 3; i++) {
            limiter.admit("203.0.113.7");
        }
        RefusedRequest refused = assertThrows(RefusedRequest.class, () -> limiter.admit("203.0.113.7"));
        assertEquals(429, refused.status());
        assertEquals("too-many-verifications", refused.code());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 20);
        limiter.admit("203.0.113.8");
    }

    @Test
    void an_allowance_refills_over_time() {
        VerificationLimiter.Allowance allowance = new VerificationLimiter.Allowance(60);
        long start = System.nanoTime();
        for (int i = 0; i < 60; i++) {
            assertEquals(0, allowance.take(start));
        }
        assertTrue(allowance.take(start) > 0);
        assertEquals(0, allowance.take(start + 1_000_000_000L), "one more a second at 60 a minute");
    }

    @Test
    void ipv6_clients_are_counted_by_their_64_bit_prefix() {
        assertEquals(
                VerificationLimiter.clientKey("2001:db8:1:2:aaaa::1"),
                VerificationLimiter.clientKey("2001:db8:1:2:bbbb::2"));
        assertEquals("198.51.100.4", VerificationLimiter.clientKey("198.51.100.4"));
    }
}
