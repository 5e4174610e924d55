package org.vigie.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The audit trail as CSV (RFC 4180): a header line, then one line per record, every field quoted when needed. */
public final class AuditCsv {

    static final List<String> HEADER = List.of("id", "at", "actor", "action", "tenant", "service", "from", "to",
            "reason", "incident", "outcome", "detail", "correlation_id", "previous_hash", "hash");

    private AuditCsv() {
    }

    public static String of(List<AuditRecord> records) {
        StringBuilder csv = new StringBuilder(line(HEADER.stream()));
        for (AuditRecord r : records) {
            csv.append(line(Stream.of(r.id(), r.at(), r.actor(), r.action(), r.tenant(), r.service(), r.fromReplicas(),
                    r.toReplicas(), r.reason(), r.incident(), r.outcome(), r.detail(), r.correlationId(),
                    r.previousHash(), r.hash())));
        }
        return csv.toString();
    }

    private static String line(Stream<?> fields) {
        return fields.map(AuditCsv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A leading = + - @ would be run as a formula by spreadsheets: quote it and neutralise it.
        boolean formula = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
        if (formula) {
            text = "'" + text;
        }
        if (formula || text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
