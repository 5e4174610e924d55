package org.vigie.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * An embedded PostgreSQL that a test can stop and start again on the same port and data directory,
 * as an outage of a real server would look to Vigie (its connections are cut, then it comes back
 * with the same data). Point the application at it with {@code spring.datasource.url}.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path dataDirectory, EmbeddedPostgres first) {
        this.dataDirectory = dataDirectory;
        this.port = first.getPort();
        this.running = first;
    }

    public static RestartablePostgres start() {
        try {
            Path directory = Files.createTempDirectory("vigie-restartable-pg");
            return new RestartablePostgres(directory, builder(directory).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Stops the server (fast shutdown: open connections are cut), keeping its data. */
    public synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            running = null;
        }
    }

    /** Starts it again on the same port with the same data. */
    public synchronized void restart() {
        if (running == null) {
            try {
                running = builder(dataDirectory).setPort(port).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public synchronized void close() {
        stop();
        FileSystemUtils.deleteRecursively(dataDirectory.toFile());
    }

    private static EmbeddedPostgres.Builder builder(Path directory) {
        return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false);
    }
}
