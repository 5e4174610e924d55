package org.vigie.status;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.health.TenantState;
import org.vigie.history.StatusSince;
import org.vigie.platform.Language;
import org.vigie.platform.Messages;

/**
 * What the anonymous pages say of a tenant, in plain French for the local authorities: its state,
 * since when, and a sentence; never the internal details (replicas, HTTP codes, sessions).
 */
final class PublicWording {

    private PublicWording() {
    }

    static String state(TenantState tenant, Language language) {
        return Messages.get(language, "public.state." + situation(tenant));
    }

    static String maintenance(Language language) {
        return Messages.get(language, "incident.public.maintenanceState");
    }

    static String message(TenantState tenant, Language language) {
        return Messages.get(language, "public.message." + situation(tenant));
    }

    /** GREEN, AMBER, RED, GREY, or the lifecycle (ONBOARDING, SUSPENDED) of a tenant not in service. */
    private static String situation(TenantState tenant) {
        return tenant.inService() ? tenant.status().name() : tenant.tenant().lifecycle().name();
    }

    /** Since when the tenant has its colour: as recorded, or this snapshot when the record has not caught up. */
    static Instant since(TenantState tenant, Function<String, Optional<StatusSince>> current, Instant now) {
        return current.apply(tenant.tenant().name()).filter(s -> s.status() == tenant.status())
                .map(StatusSince::since).orElse(now);
    }
}
