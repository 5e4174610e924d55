package org.vigie.cluster;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when at least one {@code vigie.clusters.<name>} is configured: production mode. */
public class ClustersConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("vigie.clusters", Bindable.mapOf(String.class, ClusterProperties.Connection.class))
                .map(Map::size)
                .orElse(0) > 0;
    }
}
