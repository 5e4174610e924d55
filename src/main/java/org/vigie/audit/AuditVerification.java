package org.vigie.audit;

/** The result of recomputing the chain: ok with the number of records, or the first broken one. */
public record AuditVerification(boolean ok, long records, Long firstBrokenId, String problem) {
}
