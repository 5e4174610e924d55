package org.vigie.onboarding;

/** One reason a plan is refused: the field (or pre-flight check), the value, and what is allowed. */
public record PlanProblem(String field, String value, String allowed) {

    public String message() {
        String what = value == null ? "missing" : "value " + value + " is not allowed";
        return field + ": " + what + "; expected " + allowed;
    }
}
