package org.vigie.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed statement of the chain at one moment, kept outside the database: {@code records} records
 * ended with {@code head} at {@code at}; {@code signature} is the HMAC-SHA256 of the four under key
 * {@code keyId}. Given to {@code verify}, it reveals a deleted tail or a rewritten chain.
 */
public record AuditCheckpoint(long records, String head, Instant at, String keyId, String signature) {

    private static final String DOMAIN = "vigie-audit-checkpoint-v1";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> FIELDS = Set.of("records", "head", "at", "keyId", "signature");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    static AuditCheckpoint signed(long records, String head, Instant at, AuditKeys keys) {
        AuditCheckpoint unsigned = new AuditCheckpoint(records, head, at, keys.current(), null);
        return new AuditCheckpoint(records, head, at, keys.current(), keys.mac(keys.current(), unsigned.encoded()));
    }

    byte[] encoded() {
        return ChainEncoding.of(DOMAIN, records, head, at, keyId);
    }

    /** Why the signature cannot be trusted, or null when it is valid. */
    String signatureProblem(AuditKeys keys) {
        if (!keys.knows(keyId)) {
            return "the checkpoint is signed with key '" + keyId + "', which is not configured";
        }
        return AuditChain.sameMac(keys.mac(keyId, encoded()), signature) ? null
                : "the checkpoint's signature is not valid: it was not issued by Vigie with key '" + keyId
                        + "', or was changed since";
    }

    public String json() {
        return "{\"records\":" + records + ",\"head\":\"" + head + "\",\"at\":\"" + at + "\",\"keyId\":\"" + keyId
                + "\",\"signature\":\"" + signature + "\"}";
    }

    /** Reads a checkpoint as {@link #json()} writes it; IllegalArgumentException names the field at fault. */
    public static AuditCheckpoint parse(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the checkpoint is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the checkpoint must be a JSON object with " + FIELDS);
        }
        node.propertyNames().stream().filter(name -> !FIELDS.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("field '" + name + "' is unknown; a checkpoint has " + FIELDS);
        });
        JsonNode records = node.get("records");
        if (records == null || !records.isIntegralNumber() || !records.canConvertToLong() || records.asLong() < 0) {
            throw new IllegalArgumentException("field 'records': " + records + " is not allowed; expected a whole "
                    + "number of records, 0 or more");
        }
        String at = text(node, "at", "a UTC instant such as 2026-11-23T07:45:00Z");
        try {
            return new AuditCheckpoint(records.asLong(), hex(node, "head"), Instant.parse(at),
                    text(node, "keyId", "the id of an audit key"), hex(node, "signature"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'at': \"" + at + "\" is not allowed; expected a UTC instant "
                    + "such as 2026-11-23T07:45:00Z");
        }
    }

    private static String hex(JsonNode node, String field) {
        String value = text(node, field, "64 lower-case hex digits");
        if (!HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("field '" + field + "': \"" + value + "\" is not allowed; expected 64 "
                    + "lower-case hex digits");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String expected) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "': " + (value == null ? "missing" : value
                    + " is not allowed") + "; expected " + expected);
        }
        return value.asString();
    }
}
