package org.vigie.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BoardClockTest {

    private static final long MINUTE = Instant.parse("2026-11-30T08:05:00Z").toEpochMilli();

    @Test
    void a_beat_falls_on_the_next_multiple_of_five_seconds_so_that_the_minute_turns_on_a_beat() {
        assertThat(MINUTE + 3_000 + BoardClock.untilNextBeat(MINUTE + 3_000)).isEqualTo(MINUTE + 5_000);
        assertThat(MINUTE - 1_200 + BoardClock.untilNextBeat(MINUTE - 1_200)).isEqualTo(MINUTE);
        assertThat(MINUTE + 4 + BoardClock.untilNextBeat(MINUTE + 4)).isEqualTo(MINUTE + 5_000);
    }

    @Test
    void a_timer_that_fires_a_little_early_does_not_beat_twice() {
        assertThat(MINUTE - 2 + BoardClock.untilNextBeat(MINUTE - 2)).isEqualTo(MINUTE + 5_000);
    }
}
