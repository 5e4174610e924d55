package org.vigie.tenant;

import java.util.List;

/** A tenant file's outcome: the tenant it declares, or every problem found in it. */
record TenantFileResult(Tenant tenant, List<CatalogueProblem> problems) {

    static TenantFileResult loaded(Tenant tenant) {
        return new TenantFileResult(tenant, List.of());
    }

    static TenantFileResult rejected(List<CatalogueProblem> problems) {
        return new TenantFileResult(null, List.copyOf(problems));
    }

    boolean isLoaded() {
        return tenant != null;
    }
}
