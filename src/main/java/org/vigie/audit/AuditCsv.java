package org.vigie.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The audit trail as CSV (RFC 4180): a header line, then one line per record, every field quoted when needed. */
public final class AuditCsv {

    static final List<String> HEADER = List.of("id", "at", "actor", "action", "tenant", "service", "from", "to",
            "reason", "incident", "outcome", "detail", "correlation_id", "previous_hash", "hash");

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

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
        boolean formula = startsLikeFormula(text);
        if (formula) {
            text = "'" + text;
        }
        if (formula || text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * What OWASP lists as CSV injection: a cell starting with tab, carriage return or line feed, or
     * whose first character after any space (no-break included) is = + - @ or their full-width forms.
     */
    private static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if ("\t\r\n".indexOf(text.charAt(0)) >= 0) {
            return true;
        }
        int first = 0;
        while (first < text.length() && (Character.isWhitespace(text.charAt(first))
                || Character.isSpaceChar(text.charAt(first)))) {
            first++;
        }
        return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
    }
}
