package org.vigie.audit;

import java.util.List;

/**
 * The result of recomputing the chain: ok with the number of records, or the first broken one, and
 * what was proved: the last intact record, the legacy (unkeyed) segment if any, since which record
 * and with which keys the chain is keyed, and the checkpoint it is consistent with.
 */
public record AuditVerification(boolean ok, long records, Long firstBrokenId, String problem, Long lastIntactId,
        Long lastLegacyId, Long keyedFromId, List<String> keyIds, AuditCheckpoint checkpoint) {

    /** The verdict in one line. */
    public String headline() {
        if (ok) {
            return "Chain intact: " + records + " record(s) verified";
        }
        return firstBrokenId == null ? "Chain not proved: " + problem
                : "Chain broken at record " + firstBrokenId + ": " + problem;
    }

    /** What the records read so far prove, and since when. */
    public String proof() {
        long intact = firstBrokenId == null ? records : records - 1;
        StringBuilder text = new StringBuilder().append(intact).append(" record(s) intact");
        if (lastIntactId != null) {
            text.append(", up to #").append(lastIntactId);
        }
        if (lastLegacyId != null) {
            text.append("; records up to #").append(lastLegacyId).append(" are legacy (unkeyed SHA-256, written "
                    + "before keys), protected by the keyed records after them");
        }
        if (keyedFromId != null) {
            text.append("; keyed (HMAC-SHA256) since record #").append(keyedFromId).append(" with key id(s) ")
                    .append(String.join(", ", keyIds));
        }
        if (checkpoint == null) {
            return text.append("; no checkpoint given, so a deleted tail would not show").toString();
        }
        return text.append(ok ? "; consistent with" : "; checked against").append(" the checkpoint of ")
                .append(checkpoint.at()).append(" (").append(checkpoint.records()).append(" record(s))").toString();
    }
}
