package org.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigie.VigieApplication;
import org.vigie.surge.SurgePlan;
import org.vigie.surge.SurgePlans;
import org.vigie.testing.RestartablePostgres;

/**
 * The demo console started twice, one after the other, on one database: one demo surge plan. The plan waits
 * for every tenant's first probe: probed every 2 s (10 s by default), each start settles 8 s sooner.
 */
class DemoSurgePlanRestartIT {

    static final RestartablePostgres postgres = RestartablePostgres.start();

    @AfterAll
    static void removeTheDatabase() {
        postgres.close();
    }

    ConfigurableApplicationContext console() {
        return new SpringApplicationBuilder(VigieApplication.class).properties(
                "server.port=0",
                "spring.datasource.url=" + postgres.jdbcUrl(),
                "spring.datasource.username=postgres",
                "vigie.audit.keys.test=dGVzdC1vbmx5LWF1ZGl0LWtleS0zMi1ieXRlcyEhISE=",
                "vigie.demo.surge-factor=2",
                "vigie.health.probe-interval=2s").run();
    }

    static SurgePlan planAtStartUp(ConfigurableApplicationContext console) throws Exception {
        return console.getBean(DemoSurgePlan.class).atStartUp().get(4, TimeUnit.MINUTES).orElseThrow();
    }

    @Test
    void a_restart_on_the_same_database_finds_the_demo_plan_and_makes_no_second_copy() throws Exception {
        UUID first;
        try (ConfigurableApplicationContext console = console()) {
            first = planAtStartUp(console).id();
        }
        try (ConfigurableApplicationContext console = console()) {
            assertThat(planAtStartUp(console).id()).isEqualTo(first);
            assertThat(console.getBean(SurgePlans.class).all()).filteredOn(p -> p.name().equals(DemoSurgePlan.name(2)))
                    .hasSize(1);
        }
    }
}
