package org.vigie.tenant;

import java.time.Instant;
import java.util.List;

/** What the last load of {@code tenants/} did: the tenants written to the catalogue and the files refused. */
public record CatalogueLoadReport(Instant loadedAt, String directory, List<String> loadedTenants,
        List<CatalogueProblem> problems) {

    public CatalogueLoadReport {
        loadedTenants = List.copyOf(loadedTenants);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public long rejectedFiles() {
        return problems.stream().map(CatalogueProblem::file).distinct().count();
    }
}
