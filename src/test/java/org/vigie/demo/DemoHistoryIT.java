package org.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.health.Status;
import org.vigie.history.StatusHistory;
import org.vigie.history.StatusTransition;
import org.vigie.history.Uptime;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/** Issue #11: the demo starts with a plausible past month of history, written once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoHistoryIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Other test contexts share this database: their live transitions are minutes old, never an hour. */
    static final Duration LIVE_TRANSITIONS_OF_EARLIER_TESTS = Duration.ofHours(1);

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    StatusHistory history;

    @Autowired
    DemoHistoryWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_tenant_has_a_past_month_mostly_green_with_a_few_incidents_at_school_day_peaks() {
        Instant monthAgo = Instant.now().minus(Duration.ofDays(29));
        boolean someRed = false;
        for (Tenant tenant : catalogue.all()) {
            List<StatusTransition> all = history.latest(tenant.name(), 10_000);
            assertThat(all.getLast().at()).as(tenant.name() + " history starts a month ago").isBefore(monthAgo);
            Uptime month = history.uptime(tenant.name(), Duration.ofDays(30));
            assertThat(month.availability()).as(tenant.name()).isNotNull().isBetween(0.99, 1.0);
            assertThat(month.unknownShare()).as(tenant.name()).isLessThan(0.01);
            assertThat(history.uptime(tenant.name(), Duration.ofDays(7)).availability()).isNotNull();
            for (StatusTransition t : all.stream().filter(t -> t.from() != null
                    && t.at().isBefore(Instant.now().minus(LIVE_TRANSITIONS_OF_EARLIER_TESTS))).toList()) {
                ZonedDateTime at = t.at().atZone(PARIS);
                assertThat(at.getDayOfWeek()).as(t.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(at.getHour()).as(t.toString()).isBetween(7, 21);
                if (t.to() != Status.GREEN) {
                    assertThat(t.reasons()).as(t.toString()).isNotEmpty();
                }
                someRed |= t.to() == Status.RED;
            }
        }
        assertThat(someRed).as("a few red episodes in the fleet").isTrue();
    }

    @Test
    void a_restart_on_the_same_database_writes_no_second_month() {
        long before = jdbc.sql("select count(*) from status_transition where at < now() - interval '1 day'")
                .query(Long.class).single();

        assertThat(writer.writeIfEmpty()).isFalse();

        assertThat(jdbc.sql("select count(*) from status_transition where at < now() - interval '1 day'")
                .query(Long.class).single()).isEqualTo(before).isPositive();
    }
}
