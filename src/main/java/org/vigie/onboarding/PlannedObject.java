package org.vigie.onboarding;

import java.util.List;

/** One Kubernetes object of a plan, what the run will do to it, and the fields that change. */
public record PlannedObject(String kind, String name, Action action, List<FieldChange> changes) {

    public PlannedObject {
        changes = List.copyOf(changes);
    }

    public enum Action {
        CREATE, UPDATE, UNCHANGED, DELETE
    }
}
