package org.vigie.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A throw-away embedded PostgreSQL with Vigie's Flyway migrations applied, for repository tests. */
public final class MigratedPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private MigratedPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static MigratedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
            return new MigratedPostgres(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
