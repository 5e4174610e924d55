package org.vigie.onboarding;

import java.util.List;

/** What {@code helm lint} said of the chart with a tenant's values: every message, and whether any is an error. */
public record ChartLint(boolean passed, List<String> messages) {

    public ChartLint {
        messages = List.copyOf(messages);
    }
}
