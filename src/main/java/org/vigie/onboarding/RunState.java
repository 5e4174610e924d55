package org.vigie.onboarding;

/** Where a run stands. FAILED runs can be resumed ({@code apply}) or rolled back. */
public enum RunState {
    PLANNED, APPLYING, READY, FAILED, ROLLED_BACK
}
