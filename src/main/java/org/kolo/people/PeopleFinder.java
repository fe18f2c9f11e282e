package org.kolo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.ReportScope;
import org.kolo.web.RefusedRequest;

/**
 * Finds people's accounts for staff, within the cities they look after (like reports): admins everywhere,
 * coordinators their cities, trainers their own. A person with no city is seen by admins only.
 */
@ApplicationScoped
public class PeopleFinder {

    static final int MAX = 50;

    @Inject
    CurrentUser user;

    @Inject
    KeycloakPeople keycloak;

    /** An account as a row of the list: roles from the least to the most reach. */
    public record Found(String id, String nickname, List<String> cities, List<String> roles, boolean enabled) {}

    /** Accounts in the caller's scope (one chosen city of hers, when given) whose nickname contains {@code text}. */
    public List<Found> find(String city, String text) {
        if (city != null && !city.isBlank() && !user.reaches(city)) {
            throw new RefusedRequest(403, "city-out-of-scope");
        }
        ReportScope scope = user.reportScope(city);
        List<KeycloakPeople.Person> people;
        if (text != null && !text.isBlank()) {
            people = keycloak.search(text, scope.isEverywhere() ? MAX : MAX * 4).stream()
                    .filter(person -> inScope(person, scope))
                    .limit(MAX)
                    .toList();
        } else if (scope.isEverywhere()) {
            people = keycloak.search("", MAX);
        } else {
            Map<String, KeycloakPeople.Person> byId = new LinkedHashMap<>();
            for (String code : scope.cities()) {
                keycloak.inCity(code, MAX).forEach(person -> byId.putIfAbsent(person.id(), person));
            }
            people = byId.values().stream().limit(MAX).toList();
        }
        return people.stream().map(this::found).toList();
    }

    /** Whether the caller looks after this account: one of its cities is in her scope. */
    boolean inScope(KeycloakPeople.Person person, ReportScope scope) {
        return scope.isEverywhere() || person.cities().stream().anyMatch(scope::includes);
    }

    /** The row of an account already read with its roles. */
    Found view(PersonActions.Managed managed) {
        KeycloakPeople.Person person = managed.person();
        return new Found(person.id(), person.nickname(), person.cities(), managed.roles(), person.enabled());
    }

    private Found found(KeycloakPeople.Person person) {
        return new Found(
                person.id(), person.nickname(), person.cities(), keycloak.rolesOf(person.id()), person.enabled());
    }
}
