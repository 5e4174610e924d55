package org.vigie.surge;

import java.util.List;
import java.util.Map;

/**
 * A plan as a person or a script asks for it, unchecked. {@code multiplier} or {@code preset};
 * {@code start}/{@code end} as ISO date-times, read in {@code timeZone} when they carry no offset
 * (both null: "now until reverted"); {@code timeZone} null: Europe/Paris.
 */
public record SurgeDraft(String name, Double multiplier, String preset, List<String> tenants, List<String> regions,
        Map<String, Double> tenantMultipliers, Map<String, Double> regionMultipliers, String start, String end,
        String timeZone, String incident, boolean shedEssential) {

    public SurgeDraft {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
        regions = regions == null ? List.of() : List.copyOf(regions);
        tenantMultipliers = tenantMultipliers == null ? Map.of() : Map.copyOf(tenantMultipliers);
        regionMultipliers = regionMultipliers == null ? Map.of() : Map.copyOf(regionMultipliers);
    }
}
