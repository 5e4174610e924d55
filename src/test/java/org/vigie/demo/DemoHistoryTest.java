package org.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.health.Status;
import org.vigie.history.StatusTransition;
import org.vigie.tenant.SampleTenants;
import org.vigie.tenant.Tenant;

class DemoHistoryTest {

    static final Instant UNTIL = Instant.parse("2026-11-28T18:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void the_simulated_month_is_the_same_for_the_same_tenant_and_chains_its_colours() {
        Tenant tenant = SampleTenants.named("ara-lycees");
        List<StatusTransition> month = DemoHistory.of(tenant, UNTIL, PARIS);

        assertThat(DemoHistory.of(tenant, UNTIL, PARIS)).isEqualTo(month);
        assertThat(month.getFirst().from()).isNull();
        assertThat(month.getFirst().at()).isEqualTo(UNTIL.minus(DemoHistory.MONTH));
        assertThat(month.getLast().to()).isEqualTo(Status.GREEN);
        for (int i = 1; i < month.size(); i++) {
            assertThat(month.get(i).from()).isEqualTo(month.get(i - 1).to());
            assertThat(month.get(i).at()).isAfter(month.get(i - 1).at()).isBefore(UNTIL);
        }
    }

    @Test
    void mondays_mornings_hurt_most_across_the_sample_fleet() {
        List<StatusTransition> fleet = SampleTenants.all().stream()
                .flatMap(t -> DemoHistory.of(t, UNTIL, PARIS).stream()).filter(t -> t.from() == Status.GREEN).toList();
        long mondayMornings = fleet.stream().filter(t -> t.at().atZone(PARIS).getDayOfWeek() == java.time.DayOfWeek.MONDAY
                && t.at().atZone(PARIS).getHour() < 10).count();

        assertThat(fleet).isNotEmpty();
        assertThat(mondayMornings * 4).as("Mondays are 1 school day in 5 but hold over a quarter of the episodes")
                .isGreaterThan(fleet.size());
    }
}
