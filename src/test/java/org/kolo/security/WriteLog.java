package org.kolo.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Counts the rows Kolo's requests commit, table by table, through triggers the fuzzer installs for its run: a
 * refused request must leave the count unchanged. The background jobs' own writes (renditions, upload and session
 * clean-up) are left out, so that they cannot be mistaken for a request's.
 */
final class WriteLog implements AutoCloseable {

    private static final List<String> BACKGROUND =
            List.of("media_file", "media_upload", "ended_session", "flyway_schema_history", "fuzz_write");

    private final DataSource dataSource;
    private final List<String> tables = new ArrayList<>();

    WriteLog(DataSource dataSource) {
        this.dataSource = dataSource;
        run("create table if not exists fuzz_write (id bigserial primary key, tbl text not null, op text not null)");
        run("""
                create or replace function fuzz_note() returns trigger language plpgsql as $$
                begin insert into fuzz_write(tbl, op) values (TG_TABLE_NAME, TG_OP); return null; end $$""");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select tablename from pg_tables where schemaname = current_schema()")) {
            while (rows.next()) {
                if (!BACKGROUND.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (String table : tables) {
            run("create trigger fuzz_note after insert or update or delete on " + table
                    + " for each row execute function fuzz_note()");
        }
    }

    /** How many writes have been committed so far; {@link #since} names the ones after a count. */
    long count() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from fuzz_write")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String since(long count) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select string_agg(op || ' ' || tbl, ', ') from fuzz_write where id > " + count)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (String table : tables) {
            run("drop trigger if exists fuzz_note on " + table);
        }
        run("drop table if exists fuzz_write");
        run("drop function if exists fuzz_note()");
    }

    private void run(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
