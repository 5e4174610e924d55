package org.vigie.demo;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.vigie.cluster.ClustersConfigured;

/** Demo mode: no {@code vigie.clusters} configured, so Vigie brings its own clusters. */
public class DemoMode extends ClustersConfigured {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !super.matches(context, metadata);
    }
}
