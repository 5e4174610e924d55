package org.vigie.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.Objects;
import java.util.function.Consumer;

/** Passes every added, changed or deleted object on; an object that changed tenant counts for both. */
record ChangeHandler<T extends HasMetadata>(Consumer<HasMetadata> changed) implements ResourceEventHandler<T> {

    @Override
    public void onAdd(T object) {
        changed.accept(object);
    }

    /** A relist delivers every object again: one whose resource version has not moved has not changed. */
    @Override
    public void onUpdate(T before, T after) {
        String version = after.getMetadata().getResourceVersion();
        if (version != null && version.equals(before.getMetadata().getResourceVersion())) {
            return;
        }
        changed.accept(after);
        if (!Objects.equals(TenantLabels.tenantOf(before), TenantLabels.tenantOf(after))) {
            changed.accept(before);
        }
    }

    @Override
    public void onDelete(T object, boolean finalStateUnknown) {
        changed.accept(object);
    }
}
