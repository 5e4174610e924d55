package org.vigie.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.platform.Sha256;

/**
 * One pass over the chain, in order: each record must follow the one before it and carry the MAC of
 * its key (or, within the legacy segment fixed when keys were introduced, its plain SHA-256); the
 * checkpoint, if given, must be validly signed, and the record at its count must end with its head.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private final AuditKeys keys;
    private final long legacyRecords;
    private final String legacyHead;
    private final AuditCheckpoint checkpoint;
    private final String checkpointProblem;
    private final Set<String> keyIds = new LinkedHashSet<>();
    private String expectedPrevious = GENESIS;
    private long count;
    private Long lastId;
    private Long lastLegacyId;
    private Long keyedFromId;
    private AuditVerification broken;

    AuditChain(AuditKeys keys, long legacyRecords, String legacyHead, AuditCheckpoint checkpoint) {
        this.keys = keys;
        this.legacyRecords = legacyRecords;
        this.legacyHead = legacyHead;
        this.checkpointProblem = checkpoint == null ? null : checkpoint.signatureProblem(keys);
        this.checkpoint = checkpointProblem == null ? checkpoint : null;
    }

    static String hash(AuditKeys keys, AuditRecord record) {
        return keys.mac(record.keyId(), record.encoded());
    }

    static boolean sameMac(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    /** Checks the next record; false once the chain is broken (the rest need not be read). */
    boolean accept(AuditRecord record) {
        if (broken != null) {
            return false;
        }
        count++;
        String problem = problemWith(record);
        if (problem != null) {
            broken = result(false, record.id(), "record " + record.id() + " " + problem);
            return false;
        }
        expectedPrevious = record.hash();
        lastId = record.id();
        return true;
    }

    private String problemWith(AuditRecord record) {
        if (!sameMac(expectedPrevious, record.previousHash())) {
            return "does not follow the record before it (previous hash differs): a record was deleted or changed";
        }
        String problem = record.keyId() == null ? legacyProblem(record) : keyedProblem(record);
        if (problem == null && checkpoint != null && count == checkpoint.records()
                && !sameMac(checkpoint.head(), record.hash())) {
            return "differs from the checkpoint of " + checkpoint.at() + ": the chain was rewritten (the checkpoint's "
                    + "record " + count + " ends with " + checkpoint.head() + ", the table's with " + record.hash() + ")";
        }
        return problem;
    }

    private String legacyProblem(AuditRecord record) {
        if (count > legacyRecords) {
            return "has no key id, but the legacy segment fixed when keys were introduced holds " + legacyRecords
                    + " record(s): an unkeyed record after it was not written by Vigie";
        }
        if (!sameMac(Sha256.hex(record.legacyCanonical()), record.hash())) {
            return "was altered after it was written (its legacy SHA-256 hash no longer matches)";
        }
        if (count == legacyRecords && !sameMac(legacyHead, record.hash())) {
            return "ends the legacy segment with a hash other than the one fixed when keys were introduced";
        }
        lastLegacyId = record.id();
        return null;
    }

    private String keyedProblem(AuditRecord record) {
        if (count <= legacyRecords) {
            return "is keyed, but the legacy segment fixed when keys were introduced holds " + legacyRecords
                    + " unkeyed record(s): records were removed from it";
        }
        if (!keys.knows(record.keyId())) {
            return "is signed with key '" + record.keyId() + "', which is not configured (vigie.audit.keys."
                    + record.keyId() + "): it and the records after it cannot be checked";
        }
        if (!sameMac(hash(keys, record), record.hash())) {
            return "was altered after it was written (its HMAC under key '" + record.keyId() + "' no longer matches)";
        }
        keyIds.add(record.keyId());
        keyedFromId = keyedFromId == null ? record.id() : keyedFromId;
        return null;
    }

    AuditVerification result() {
        if (broken != null) {
            return broken;
        }
        if (checkpointProblem != null) {
            return result(false, null, checkpointProblem + "; the chain itself was checked without it");
        }
        if (checkpoint != null && count < checkpoint.records()) {
            return result(false, null, "records were deleted: the checkpoint of " + checkpoint.at() + " counted "
                    + checkpoint.records() + " record(s), the table holds " + count);
        }
        return result(true, null, null);
    }

    private AuditVerification result(boolean ok, Long brokenId, String problem) {
        return new AuditVerification(ok, count, brokenId, problem, lastId, lastLegacyId, keyedFromId,
                List.copyOf(keyIds), checkpoint);
    }
}
