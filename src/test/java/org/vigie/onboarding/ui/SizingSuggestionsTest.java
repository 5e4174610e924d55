package org.vigie.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.onboarding.ui.SizingSuggestions.Demand;
import org.vigie.onboarding.ui.SizingSuggestions.ServiceSizing;
import org.vigie.onboarding.ui.SizingSuggestions.Suggestion;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant.Population;

class SizingSuggestionsTest {

    static final Population LOIRE = new Population(40_000, 3_300, 54_000);
    static final List<Demand> ENT = List.of(
            new Demand("sso", Priority.CRITICAL, "500m", "1Gi"),
            new Demand("portal", Priority.CRITICAL, "1", "2Gi"),
            new Demand("messaging", Priority.ESSENTIAL, "500m", "1Gi"),
            new Demand("binder", Priority.ESSENTIAL, "500m", "1Gi"),
            new Demand("chat", Priority.DEFERRABLE, "250m", "512Mi"));

    @Test
    void the_peak_is_three_and_a_half_percent_of_students_and_teachers_and_under_one_percent_of_parents() {
        // 0.035 × 43 300 + 0.008 × 54 000 = 1 515.5 + 432
        assertThat(SizingSuggestions.peakSessions(LOIRE)).isEqualTo(1_948);
    }

    @Test
    void a_closure_day_triples_the_sessions_and_the_replicas_of_every_service_follow_their_priority() {
        Suggestion loire = SizingSuggestions.suggest(LOIRE, 600, ENT);

        assertThat(loire.normalSessions()).isEqualTo(1_948);
        assertThat(loire.closureSessions()).isEqualTo(5_844);
        // critical: 1 948 / (600 × 0.8) = 4.06 → 5; closure 5 844 / 480 = 12.2 → 13
        assertThat(loire.services()).containsExactly(
                new ServiceSizing("sso", Priority.CRITICAL, 5, 13),
                new ServiceSizing("portal", Priority.CRITICAL, 5, 13),
                new ServiceSizing("messaging", Priority.ESSENTIAL, 3, 7),
                new ServiceSizing("binder", Priority.ESSENTIAL, 3, 7),
                new ServiceSizing("chat", Priority.DEFERRABLE, 2, 4));
    }

    @Test
    void the_quota_covers_the_closure_day_plus_ten_percent_for_rolling_updates() {
        Suggestion loire = SizingSuggestions.suggest(LOIRE, 600, ENT);

        assertThat(loire.closureDay().cpu()).isEqualByComparingTo(new BigDecimal("27.5"));
        assertThat(loire.closureDay().memoryGi()).isEqualByComparingTo(new BigDecimal("55"));
        assertThat(loire.closureDay().pods()).isEqualTo(44);
        assertThat(loire.normalDay().pods()).isEqualTo(18);
        assertThat(loire.quotaCpu()).isEqualTo("31");
        assertThat(loire.quotaMemory()).isEqualTo("61Gi");
        assertThat(loire.quotaPods()).isEqualTo(49);
    }

    @Test
    void a_tiny_tenant_keeps_two_critical_replicas_one_essential_and_may_stop_deferrable_ones() {
        Suggestion tiny = SizingSuggestions.suggest(new Population(10, 1, 0), 800, ENT);

        assertThat(tiny.services()).extracting(ServiceSizing::normalDay).containsExactly(2, 2, 1, 1, 1);
        assertThat(SizingSuggestions.replicas(Priority.DEFERRABLE, 0, 800)).isZero();
    }

    @Test
    void a_service_whose_requests_are_not_quantities_counts_for_replicas_but_not_for_the_quota() {
        Suggestion partial = SizingSuggestions.suggest(LOIRE, 600, List.of(
                new Demand("sso", Priority.CRITICAL, "beaucoup", "1Gi"),
                new Demand("portal", Priority.CRITICAL, "1", "2Gi")));

        assertThat(partial.services()).hasSize(2);
        assertThat(partial.closureDay().pods()).isEqualTo(13);
        assertThat(partial.closureDay().cpu()).isEqualByComparingTo("13");
    }

    @Test
    void a_capacity_below_one_session_per_replica_is_refused() {
        assertThatThrownBy(() -> SizingSuggestions.suggest(LOIRE, 0, ENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionsPerReplica");
    }
}
