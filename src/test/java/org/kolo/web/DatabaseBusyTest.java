package org.kolo.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseBusyTest {

    @Test
    void a_pool_acquisition_timeout_anywhere_in_the_causes_is_busy_and_other_database_failures_are_not() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        assertTrue(DatabaseBusy.isCause(timeout));
        assertTrue(DatabaseBusy.isCause(new PersistenceException("Unable to acquire JDBC Connection", timeout)));
        assertTrue(DatabaseBusy.isCause(new RuntimeException(new PersistenceException(timeout))));

        assertFalse(DatabaseBusy.isCause(new SQLException("duplicate key value violates unique constraint")));
        assertFalse(DatabaseBusy.isCause(new PersistenceException(new SQLException((String) null))));
        assertFalse(DatabaseBusy.isCause(new IllegalStateException("acquisition timeout"))); // not from the pool
    }
}
