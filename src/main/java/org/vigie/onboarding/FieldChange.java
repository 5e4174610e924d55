package org.vigie.onboarding;

/** One field of an object that the run changes: its JSON path, its value now ({@code null}: absent) and after. */
public record FieldChange(String path, String before, String after) {
}
