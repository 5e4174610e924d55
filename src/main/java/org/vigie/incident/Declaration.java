package org.vigie.incident;

import java.util.List;

/** What a person asks to declare; checked by {@link Incidents#declare}. Null optional fields take defaults. */
public record Declaration(String title, String severity, List<String> tenants, List<String> services, String summary,
        String impactStartedAt, String commander) {

    public Declaration {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
        services = services == null ? List.of() : List.copyOf(services);
    }
}
