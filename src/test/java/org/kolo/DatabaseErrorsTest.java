package org.kolo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What the database says when it refuses a row must not carry the row's values into Kolo's exceptions and logs. */
@QuarkusTest
class DatabaseErrorsTest {

    @Inject
    DataSource database;

    @Test
    void a_refused_row_leaves_its_values_out_of_the_error() throws SQLException {
        String value = "secret-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create temporary table refused_row (v text primary key)");
            sql.execute("insert into refused_row values ('" + value + "')");
            SQLException refused = assertThrows(
                    SQLException.class, () -> sql.execute("insert into refused_row values ('" + value + "')"));
            assertFalse(String.valueOf(refused.getMessage()).contains(value), refused.getMessage());
            assertFalse(String.valueOf(refused).contains(value), refused.toString());
        }
    }
}
