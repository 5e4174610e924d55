package org.vigie.surge;

/**
 * One service change of a plan as carried out: what it was before ({@code beforeMax}: the HPA's
 * maximum), and the outcome of applying and reverting it (null: not yet).
 */
public record SurgeChangeRecord(int ord, String tenant, String service, boolean autoscaled, int planned,
        Integer before, Integer beforeMax, String applyOutcome, String applyMessage, String revertOutcome,
        String revertMessage) {

    public boolean applied() {
        return "SCALED".equals(applyOutcome);
    }
}
