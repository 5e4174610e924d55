package org.vigie.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

    static final Instant T = Instant.parse("2027-03-29T06:00:00Z");

    @Test
    void overlapping_maintenance_windows_are_counted_once_and_only_inside_the_stretch() {
        List<TimeSpan> windows = List.of(new TimeSpan(T.minusSeconds(3600), T.plusSeconds(1800)),
                new TimeSpan(T.plusSeconds(600), T.plusSeconds(2400)), new TimeSpan(T.plusSeconds(7200), T.plusSeconds(9000)));
        assertThat(TimeSpan.covered(T, T.plusSeconds(3600), windows)).isEqualTo(Duration.ofSeconds(2400));
        assertThat(TimeSpan.covered(T, T.plusSeconds(3600), List.of())).isEqualTo(Duration.ZERO);
    }
}
