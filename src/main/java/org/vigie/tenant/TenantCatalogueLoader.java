package org.vigie.tenant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Loads every {@code *.yaml} file of a directory into the catalogue. A file is written whole or
 * not at all; a bad file is reported and the others still load. Tenants whose file is gone stay in
 * the catalogue: deleting a tenant is an explicit act, not a side effect of a missing file.
 */
@Component
class TenantCatalogueLoader {

    private static final Logger log = LoggerFactory.getLogger(TenantCatalogueLoader.class);

    private final TenantRepository repository;
    private final Clock clock;

    TenantCatalogueLoader(TenantRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    CatalogueLoadReport load(Path directory) {
        Instant now = clock.instant();
        List<CatalogueProblem> problems = new ArrayList<>();
        Map<String, Tenant> candidates = new LinkedHashMap<>();
        for (Path file : tenantFiles(directory, problems)) {
            TenantFileResult result = TenantFileParser.parse(file);
            problems.addAll(result.problems());
            if (result.isLoaded()) {
                candidates.put(file.getFileName().toString(), result.tenant());
            }
        }
        rejectDuplicates(candidates, problems, "metadata.name", Tenant::name, "tenant name");
        rejectDuplicates(candidates, problems, "spec.namespace",
                t -> t.cluster() + "/" + t.namespace(), "namespace in cluster");
        List<String> loaded = new ArrayList<>();
        candidates.forEach((file, tenant) -> {
            if (write(file, tenant, now, problems)) {
                loaded.add(tenant.name());
            }
        });
        problems.forEach(p -> log.warn("Tenant file refused: {}", p.message()));
        log.info("Catalogue loaded from {}: {} tenant(s) written, {} file(s) refused",
                directory.toAbsolutePath(), loaded.size(), problems.stream().map(CatalogueProblem::file).distinct().count());
        return new CatalogueLoadReport(now, directory.toAbsolutePath().toString(), loaded, problems);
    }

    private static List<Path> tenantFiles(Path directory, List<CatalogueProblem> problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(CatalogueProblem.unreadable(directory.toString(),
                    "is not a directory; set vigie.tenants.dir to the folder holding the tenant YAML files"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(CatalogueProblem.unreadable(directory.toString(), "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    /** Two files claiming the same key are both refused: neither can be trusted to be the right one. */
    private static void rejectDuplicates(Map<String, Tenant> candidates, List<CatalogueProblem> problems,
            String field, Function<Tenant, String> key, String what) {
        Map<String, List<String>> filesByKey = new LinkedHashMap<>();
        candidates.forEach((file, tenant) ->
                filesByKey.computeIfAbsent(key.apply(tenant), k -> new ArrayList<>()).add(file));
        filesByKey.forEach((value, files) -> {
            if (files.size() > 1) {
                for (String file : files) {
                    List<String> others = files.stream().filter(f -> !f.equals(file)).toList();
                    problems.add(new CatalogueProblem(file, field, "\"" + value + "\"",
                            "a " + what + " declared by one file only; also declared by " + String.join(", ", others)));
                    candidates.remove(file);
                }
            }
        });
    }

    private boolean write(String file, Tenant tenant, Instant now, List<CatalogueProblem> problems) {
        try {
            repository.upsert(tenant, file, now);
            return true;
        } catch (DuplicateKeyException e) {
            String owner = repository.tenantUsing(tenant.cluster(), tenant.namespace()).orElse("another tenant");
            problems.add(new CatalogueProblem(file, "spec.namespace", "\"" + tenant.namespace() + "\"",
                    "a namespace not already used in cluster " + tenant.cluster() + " (tenant " + owner + " uses it)"));
            return false;
        }
    }
}
