package org.vigie.runbook;

import java.time.Instant;

/** A tenant's own note on a runbook (e.g. the contact to call), who wrote it last and when. */
public record RunbookNote(String tenant, String code, String text, String updatedBy, Instant updatedAt) {
}
