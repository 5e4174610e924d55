package org.vigie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Tenant directories for tests that add tenants at run time, so that the repository's {@code tenants/} stays as it is. */
public final class TenantDirectories {

    private TenantDirectories() {
    }

    /** A new temporary directory holding a copy of every sample tenant file. */
    public static Path copyOfTheSamples() {
        try {
            Path directory = Files.createTempDirectory("vigie-tenants-");
            try (Stream<Path> files = Files.list(Path.of("tenants"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, directory.resolve(file.getFileName()));
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
