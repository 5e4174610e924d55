package org.vigie.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.health.Status;
import org.vigie.testing.MigratedPostgres;
import tools.jackson.databind.json.JsonMapper;

class StatusHistoryIT {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres();

    private final JdbcClient jdbc = JdbcClient.create(postgres.dataSource());
    private final StatusHistoryRepository repository = new StatusHistoryRepository(jdbc, JsonMapper.builder().build());
    private final StatusHistory history = new StatusHistory(repository, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void empty() {
        jdbc.sql("delete from status_transition").update();
    }

    private void change(String at, Status from, Status to) {
        repository.append(List.of(new StatusTransition("t", Instant.parse(at), from, to, List.of("CODE: why"))));
    }

    @Test
    void uptime_counts_green_and_amber_as_up_red_as_down_and_grey_as_unknown() {
        change("2026-11-22T00:00:00Z", null, Status.GREEN);      // before the 24 h window: green at its start
        change("2026-11-23T06:00:00Z", Status.GREEN, Status.RED);  // 1 h red
        change("2026-11-23T07:00:00Z", Status.RED, Status.AMBER);  // 2 h amber
        change("2026-11-23T09:00:00Z", Status.AMBER, Status.GREY); // 1 h unknown
        change("2026-11-23T10:00:00Z", Status.GREY, Status.GREEN);

        Uptime day = history.uptime("t", Duration.ofHours(24));

        assertThat(day.availability()).isCloseTo(22.0 / 23.0, within(1e-9));
        assertThat(day.unknownShare()).isCloseTo(1.0 / 24.0, within(1e-9));
    }

    @Test
    void time_before_the_first_record_is_unknown_and_no_record_means_no_figure() {
        change("2026-11-23T00:00:00Z", null, Status.GREEN);

        Uptime week = history.uptime("t", Duration.ofDays(7));

        assertThat(week.availability()).isEqualTo(1.0);
        assertThat(week.unknownShare()).isCloseTo(6.5 / 7.0, within(1e-9));
        assertThat(history.uptime("nobody", Duration.ofDays(30)).availability()).isNull();
    }

    @Test
    void the_timeline_cuts_the_window_into_segments_of_one_colour() {
        change("2026-11-22T06:00:00Z", null, Status.GREEN);
        change("2026-11-23T11:00:00Z", Status.GREEN, Status.RED);

        List<TimelineSegment> segments = history.timeline("t", Duration.ofHours(24));

        assertThat(segments).containsExactly(
                new TimelineSegment(Instant.parse("2026-11-22T12:00:00Z"), Instant.parse("2026-11-23T11:00:00Z"), Status.GREEN),
                new TimelineSegment(Instant.parse("2026-11-23T11:00:00Z"), NOW, Status.RED));
        assertThat(history.latest("t", 10)).extracting(StatusTransition::to).containsExactly(Status.RED, Status.GREEN);
        assertThat(history.latest("t", 10).getFirst().reasons()).containsExactly("CODE: why");
    }

    @Test
    void two_consoles_appending_the_same_changes_in_opposite_orders_write_each_once_without_deadlock()
            throws Exception {
        DataSource shared = postgres.dataSource();
        JdbcClient client = JdbcClient.create(shared);
        StatusHistoryRepository one = new StatusHistoryRepository(client, JsonMapper.builder().build());
        StatusHistoryRepository other = new StatusHistoryRepository(client, JsonMapper.builder().build());
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(shared));
        List<String> tenants = List.of("a", "b", "c", "d", "e");
        for (int round = 0; round < 30; round++) {
            Status to = round % 2 == 0 ? Status.RED : Status.GREEN;
            Instant at = NOW.plusSeconds(round);
            List<StatusTransition> batch = tenants.stream().map(t -> new StatusTransition(t, at, null, to,
                    List.<String>of())).toList();
            CyclicBarrier together = new CyclicBarrier(2);
            try (ExecutorService consoles = Executors.newFixedThreadPool(2)) {
                Future<?> first = consoles.submit(() -> {
                    together.await();
                    return transaction.execute(status -> one.append(batch));
                });
                Future<?> second = consoles.submit(() -> {
                    together.await();
                    return transaction.execute(status -> other.append(batch.reversed()));
                });
                first.get();
                second.get();
            }
        }

        for (String tenant : tenants) {
            assertThat(repository.latest(tenant, 100)).hasSize(30);
        }
    }
}
