package org.kolo.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link LocalServices} once for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(LocalServices.class)
public final class WithLocalServices {

    private WithLocalServices() {}
}
