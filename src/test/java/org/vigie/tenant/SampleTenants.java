package org.vigie.tenant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample tenants of the repository's {@code tenants/}, read by the tenant file parser, for other modules' tests. */
public final class SampleTenants {

    private SampleTenants() {
    }

    public static List<Tenant> all() {
        try (Stream<Path> files = Files.list(Path.of("tenants"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(SampleTenants::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Tenant named(String name) {
        return read(Path.of("tenants", name + ".yaml"));
    }

    private static Tenant read(Path file) {
        TenantFileResult result = TenantFileParser.parse(file);
        if (!result.isLoaded()) {
            throw new IllegalStateException(file + " does not load: " + result.problems());
        }
        return result.tenant();
    }
}
