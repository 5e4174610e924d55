package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigie.audit.AuditEntry.Outcome;

class AuditCsvTest {

    @Test
    void records_become_rfc4180_lines_with_quotes_commas_newlines_and_formulas_escaped() {
        UUID correlation = UUID.fromString("00000000-0000-0000-0000-000000000042");
        AuditRecord record = new AuditRecord(7, Instant.parse("2026-11-23T06:45:00Z"), "alice", "scale", "ara-lycees",
                "sso", 2, 6, "storm, \"big\"\nreally", "=HYPERLINK(\"x\")", Outcome.SUCCEEDED, null, correlation, null,
                "a", "b");

        String csv = AuditCsv.of(List.of(record));

        assertThat(csv.split("\r\n")[0]).isEqualTo(String.join(",", AuditCsv.HEADER));
        assertThat(csv).endsWith("\r\n").contains("7,2026-11-23T06:45:00Z,alice,scale,ara-lycees,sso,2,6,"
                + "\"storm, \"\"big\"\"\nreally\",\"'=HYPERLINK(\"\"x\"\")\",SUCCEEDED,,"
                + "00000000-0000-0000-0000-000000000042,a,b\r\n");
    }
}
