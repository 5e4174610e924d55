package org.vigie.surge;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigie.health.TenantState;

/**
 * Ready-made load profiles from the field figures: reopening after a break (every school the same
 * morning), the first closure day (sessions ×3), and ×10 at the peaks on the worst tenants.
 */
public enum SurgePreset {
    RENTREE_LUNDI("rentrée (lundi)", 1.5),
    FERMETURE_X3("fermeture ×3", 3),
    PIRES_TENANTS_X10("pires tenants ×10", 3);

    static final double WORST = 10;

    private final String label;
    private final double multiplier;

    SurgePreset(String label, double multiplier) {
        this.label = label;
        this.multiplier = multiplier;
    }

    public String label() {
        return label;
    }

    /**
     * The profile for the tenants covered. "Worst tenants": ×10 for the third of them (at least one)
     * with the highest load relative to what they can serve now, ×3 for the others.
     */
    public LoadProfile profile(List<TenantState> covered) {
        if (this != PIRES_TENANTS_X10) {
            return new LoadProfile(multiplier, Map.of(), Map.of());
        }
        int worst = Math.max(1, covered.size() / 3);
        Map<String, Double> byTenant = covered.stream().sorted(Comparator.comparingDouble(SurgePreset::loadRatio).reversed())
                .limit(worst).collect(Collectors.toMap(t -> t.tenant().name(), t -> WORST));
        return new LoadProfile(multiplier, Map.of(), byTenant);
    }

    private static double loadRatio(TenantState state) {
        long capacity = state.sessionCapacity().orElse(0);
        if (state.sessions() == null) {
            return 0;
        }
        return capacity == 0 ? Double.MAX_VALUE : (double) state.sessions() / capacity;
    }
}
