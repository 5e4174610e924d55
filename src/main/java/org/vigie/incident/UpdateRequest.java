package org.vigie.incident;

/**
 * A note or public update, a state change, or both; {@code commander} and {@code impactStartedAt}
 * optionally correct the incident (each change is recorded as a state entry).
 */
public record UpdateRequest(String text, boolean publicUpdate, String state, String commander,
        String impactStartedAt) {

    public static UpdateRequest note(String text) {
        return new UpdateRequest(text, false, null, null, null);
    }
}
