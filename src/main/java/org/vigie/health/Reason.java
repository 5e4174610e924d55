package org.vigie.health;

/** Why something has its colour: a stable code and a sentence a person understands. */
public record Reason(ReasonCode code, Status status, String message) {
}
