package org.vigie.status;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.health.TenantState;
import org.vigie.history.StatusSince;
import org.vigie.tenant.Tenant;

/**
 * What the anonymous pages say of a tenant, in plain French for the local authorities: its state,
 * since when, and a sentence; never the internal details (replicas, HTTP codes, sessions).
 */
final class PublicWording {

    private PublicWording() {
    }

    static String state(TenantState tenant) {
        if (!tenant.inService()) {
            return tenant.tenant().lifecycle() == Tenant.Lifecycle.ONBOARDING ? "En cours de mise en service"
                    : "Suspendu";
        }
        return switch (tenant.status()) {
            case GREEN -> "Opérationnel";
            case AMBER -> "Perturbé";
            case RED -> "Incident en cours";
            case GREY -> "État inconnu";
        };
    }

    static String message(TenantState tenant) {
        if (!tenant.inService()) {
            return tenant.tenant().lifecycle() == Tenant.Lifecycle.ONBOARDING
                    ? "Cet ENT est en cours d'installation et n'est pas encore ouvert aux établissements."
                    : "Cet ENT est suspendu et n'est pas ouvert aux établissements.";
        }
        return switch (tenant.status()) {
            case GREEN -> "Le service fonctionne normalement.";
            case AMBER -> "Le service est accessible, mais des lenteurs ou des fonctions indisponibles sont possibles.";
            case RED -> "Le service est interrompu ou fortement perturbé ; l'équipe d'exploitation est mobilisée.";
            case GREY -> "L'état du service ne peut pas être confirmé pour le moment.";
        };
    }

    /** Since when the tenant has its colour: as recorded, or this snapshot when the record has not caught up. */
    static Instant since(TenantState tenant, Function<String, Optional<StatusSince>> current, Instant now) {
        return current.apply(tenant.tenant().name()).filter(s -> s.status() == tenant.status())
                .map(StatusSince::since).orElse(now);
    }
}
