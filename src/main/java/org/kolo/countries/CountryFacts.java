package org.kolo.countries;

import jakarta.enterprise.context.ApplicationScoped;

/** The country cards as last imported without an error; pages read them from here. */
@ApplicationScoped
public class CountryFacts {

    private volatile CountryCards cards = CountryCards.NONE;

    public CountryCards current() {
        return cards;
    }

    public void replace(CountryCards cards) {
        this.cards = cards;
    }
}
