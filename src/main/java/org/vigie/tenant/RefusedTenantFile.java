package org.vigie.tenant;

import java.util.List;

/** A tenant file refused before its fields are read: why, each reason naming its line where there is one. */
final class RefusedTenantFile extends Exception {

    private final List<String> reasons;

    RefusedTenantFile(String reason) {
        this(List.of(reason));
    }

    RefusedTenantFile(List<String> reasons) {
        super(String.join("; ", reasons), null, false, false);
        this.reasons = List.copyOf(reasons);
    }

    List<String> reasons() {
        return reasons;
    }
}
