package org.kolo.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Staff accounts the tests make for themselves, one per role and cities in a test run, never the shared demo users
 * (whose roles, cities and sessions a person trying Kolo may change).
 */
public final class Staff {

    private static final Map<String, String> MADE = new ConcurrentHashMap<>();

    private Staff() {}

    /** An admin (her city only matters for what she sees first). */
    public static String admin() {
        return of("admin", List.of("almaty"));
    }

    /** A coordinator of these cities, by code. */
    public static String coordinator(String... cities) {
        return of("coordinator", List.of(cities));
    }

    /** A trainer of this city, by code. */
    public static String trainer(String city) {
        return of("trainer", List.of(city));
    }

    private static String of(String role, List<String> cities) {
        return MADE.computeIfAbsent(
                role + cities,
                key -> LocalServices.keycloak()
                        .createUser(
                                "test-" + role + "-"
                                        + UUID.randomUUID().toString().substring(0, 8),
                                cities,
                                role,
                                Map.of()));
    }
}
