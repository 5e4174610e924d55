package org.vigie.shell;

import org.springframework.stereotype.Component;
import org.vigie.cluster.ClusterProperties;

/** Whether Vigie runs on its own embedded clusters and database (demo) or on real ones. */
@Component
public class ConsoleMode {

    private final boolean demo;

    ConsoleMode(ClusterProperties clusters) {
        this.demo = clusters.clusters().isEmpty();
    }

    public boolean isDemo() {
        return demo;
    }
}
