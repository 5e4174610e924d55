package org.vigie.platform;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Whether Vigie runs on its own embedded clusters and database (demo) or on real ones. */
@Component
public class ConsoleMode {

    private final boolean demo;

    ConsoleMode(Environment environment) {
        this.demo = Binder.get(environment).bind("vigie.clusters", Bindable.mapOf(String.class, Object.class))
                .map(Map::isEmpty).orElse(true);
    }

    public boolean isDemo() {
        return demo;
    }
}
