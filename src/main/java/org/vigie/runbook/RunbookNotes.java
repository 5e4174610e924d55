package org.vigie.runbook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditLog;
import org.vigie.health.ReasonCode;
import org.vigie.platform.PrintableText;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Per-tenant notes on runbooks, written by an OPERATOR or ADMIN within their scope. The note and its
 * audit record are committed together; an empty text removes the note.
 */
@Service
public class RunbookNotes {

    public static final String ACTION = "runbook-note";
    public static final int MAX_LENGTH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final SecurityAudit security;
    private final TenantCatalogue catalogue;
    private final Clock clock;

    RunbookNotes(JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit, SecurityAudit security,
            TenantCatalogue catalogue, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.security = security;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public Optional<RunbookNote> find(String tenant, ReasonCode code) {
        return jdbc.sql("select * from runbook_note where tenant = :tenant and code = :code")
                .param("tenant", tenant).param("code", code.name())
                .query((rs, row) -> new RunbookNote(rs.getString("tenant"), rs.getString("code"), rs.getString("text"),
                        rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** Whether this caller may write notes for this tenant (role and scope). */
    public boolean mayWrite(Caller caller, Tenant tenant) {
        return caller.has(Role.OPERATOR) && caller.mayActOn(tenant.name(), tenant.region());
    }

    /** Saves (or, for a blank text, removes) the note; throws {@link NoteRefused} saying why not. */
    public void save(Caller caller, String tenantName, ReasonCode code, String text) {
        Tenant tenant = catalogue.find(tenantName)
                .orElseThrow(() -> new NoteRefused("runbook.note.unknownTenant", "tenant \"" + tenantName
                        + "\" is not in the catalogue", tenantName));
        String attempted = "runbook note " + tenant.name() + "/" + code;
        security.requireRole(caller, Role.OPERATOR, attempted, "requires OPERATOR");
        if (!caller.mayActOn(tenant.name(), tenant.region())) {
            security.denied(caller.username(), attempted, tenant.name(), "tenant outside the caller's scope");
            throw new NoteRefused("runbook.note.outOfScope", "tenant " + tenant.name() + " is outside your scope",
                    tenant.name());
        }
        String value = text == null ? "" : text.strip();
        check(value);
        transactions.executeWithoutResult(status -> {
            if (value.isEmpty()) {
                jdbc.sql("delete from runbook_note where tenant = :tenant and code = :code")
                        .param("tenant", tenant.name()).param("code", code.name()).update();
            } else {
                jdbc.sql("""
                        insert into runbook_note (tenant, code, text, updated_by, updated_at)
                        values (:tenant, :code, :text, :by, :at)
                        on conflict (tenant, code) do update
                        set text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """).param("tenant", tenant.name()).param("code", code.name()).param("text", value)
                        .param("by", caller.username())
                        .param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS))).update();
            }
            audit.append(new AuditEntry(caller.username(), ACTION, tenant.name(), null, null, null, code.name(), null,
                    Outcome.SUCCEEDED, value.isEmpty() ? "note removed" : "note: " + value, UUID.randomUUID(), null));
        });
    }

    private static void check(String value) {
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH) {
            throw new NoteRefused("field.tooLong", "field 'note': " + length + " characters; at most " + MAX_LENGTH,
                    MAX_LENGTH, length);
        }
        int bad = PrintableText.firstUnprintable(value);
        if (bad >= 0) {
            String character = String.format("U+%04X", (int) value.charAt(bad));
            throw new NoteRefused("runbook.note.unprintable", "field 'note': character " + character
                    + " at position " + (bad + 1) + " is not allowed; printable text on one line only",
                    character, bad + 1);
        }
    }

    /** A note refused: {@code key} and {@code args} say why in the page's language. */
    public static final class NoteRefused extends IllegalArgumentException {

        private final String key;
        private final transient Object[] args;

        NoteRefused(String key, String message, Object... args) {
            super(message);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }
}
