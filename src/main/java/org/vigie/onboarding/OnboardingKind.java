package org.vigie.onboarding;

/** What a run does to a tenant: bring it up, change its contract, suspend it, or remove it. */
public enum OnboardingKind {
    ONBOARD, CHANGE, SUSPEND, OFFBOARD
}
