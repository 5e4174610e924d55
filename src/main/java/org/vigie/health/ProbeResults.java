package org.vigie.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The recent probe outcomes of every tenant: the last attempt, and the last successful latencies for a p95. */
@Component
public class ProbeResults {

    static final int WINDOW = 20;

    private final Map<String, History> histories = new ConcurrentHashMap<>();

    public void success(String tenant, Instant at, Duration latency) {
        histories.computeIfAbsent(tenant, t -> new History()).record(at, null, latency);
    }

    public void failure(String tenant, Instant at, String failure) {
        histories.computeIfAbsent(tenant, t -> new History()).record(at, failure, null);
    }

    /** Null when the tenant was never probed; the same object until the tenant's next probe is recorded. */
    public ProbeSummary summary(String tenant) {
        History history = histories.get(tenant);
        return history == null ? null : history.summary();
    }

    private static final class History {

        private final Deque<Duration> latencies = new ArrayDeque<>();
        private ProbeSummary summary;

        /** The summary is made here, once per probe: it is read for every tenant every second. */
        synchronized void record(Instant at, String failure, Duration latency) {
            if (latency != null) {
                latencies.addLast(latency);
                if (latencies.size() > WINDOW) {
                    latencies.removeFirst();
                }
            }
            Duration p95 = latencies.isEmpty() ? null
                    : latencies.stream().sorted().toList().get((int) Math.ceil(0.95 * latencies.size()) - 1);
            summary = new ProbeSummary(at, failure, latency, p95, latencies.size());
        }

        synchronized ProbeSummary summary() {
            return summary;
        }
    }
}
