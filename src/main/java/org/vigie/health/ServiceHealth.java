package org.vigie.health;

import java.util.List;

public record ServiceHealth(String service, Status status, List<Reason> reasons) {

    public ServiceHealth {
        reasons = List.copyOf(reasons);
    }
}
