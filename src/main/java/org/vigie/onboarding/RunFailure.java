package org.vigie.onboarding;

/** Why a run stopped: the step (from 1), the object, and what the API server or Vigie said. */
public record RunFailure(int step, String kind, String name, String reason) {
}
