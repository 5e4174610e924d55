package org.vigie.history;

/**
 * Published once a tenant's change of colour is written to PostgreSQL, by the console that wrote
 * it: with several replicas, one event per transition, never one per replica.
 */
public record TransitionRecorded(StatusTransition transition) {
}
