package org.kolo.accounts;

import java.util.List;

/**
 * The cities a report covers for the person asking: the whole region (admins), one chosen city, or the cities she
 * looks after. An account with no city covers none, and its reports count no one.
 */
public record ReportScope(List<String> cities) {

    private static final ReportScope EVERYWHERE = new ReportScope(null);

    public ReportScope {
        cities = cities == null ? null : List.copyOf(cities);
    }

    public static ReportScope everywhere() {
        return EVERYWHERE;
    }

    public static ReportScope of(List<String> cities) {
        return new ReportScope(cities);
    }

    public boolean isEverywhere() {
        return cities == null;
    }

    public boolean includes(String city) {
        return isEverywhere() || city != null && cities.contains(city);
    }

    /**
     * The scope as one SQL parameter for {@code (? = '*' or city = any(string_to_array(?, ',')))}: {@code *} for
     * everywhere, else the codes joined by commas (codes are lower-case letters and hyphens).
     */
    public String sqlParameter() {
        return isEverywhere() ? "*" : String.join(",", cities);
    }
}
