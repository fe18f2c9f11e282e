package org.kolo.accounts;

import java.util.List;

/** The realm roles Kolo knows, from least to most reach. */
public final class Roles {

    public static final String ACTIVIST = "activist";
    public static final String TRAINER = "trainer";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(ACTIVIST, TRAINER, COORDINATOR, ADMIN);

    private Roles() {}
}
