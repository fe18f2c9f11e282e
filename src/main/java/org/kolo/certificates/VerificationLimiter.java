package org.kolo.certificates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.kolo.web.RefusedRequest;

/**
 * Limits verifications per client, so codes cannot be guessed by trying many. A client is an IPv4 address or an
 * IPv6 /64 (one household or phone); addresses are kept in memory only, for ten minutes, and never logged.
 */
@ApplicationScoped
public class VerificationLimiter {

    private final int perMinute;
    private final Cache<String, Allowance> clients = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    @Inject
    public VerificationLimiter(CertificateConfig config) {
        this(config.verificationsPerMinute());
    }

    VerificationLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts one verification for the client, or refuses with 429 and when to come back. */
    public void admit(String clientAddress) {
        Allowance allowance = clients.get(clientKey(clientAddress), key -> new Allowance(perMinute));
        long wait = allowance.take(System.nanoTime());
        if (wait > 0) {
            throw new RefusedRequest(429, "too-many-verifications").retryAfter(Math.max(1, wait / 1_000_000_000L));
        }
    }

    static String clientKey(String address) {
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                return String.format(
                        "%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64",
                        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7]);
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** A token bucket: {@code perMinute} verifications at once, then one more every 60/perMinute seconds. */
    static final class Allowance {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long updated = System.nanoTime();

        Allowance(int perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.tokens = perMinute;
        }

        /** Zero when admitted, otherwise the nanoseconds until the next token. */
        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }
    }
}
