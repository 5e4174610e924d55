package org.vigie.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats benchmark figures as the Markdown kept in docs/benchmarks.md. */
final class BenchmarkReport {

    private static final double MIB = 1024.0 * 1024.0;

    private BenchmarkReport() {
    }

    record FleetFigures(int tenants, int clusters, long deployments, long pods, long cachedObjects, Duration seedTime,
            Duration syncTime, long heapBefore, long heapAfter, List<Double> singleChangeMillis,
            double partialRebuildMeanMillis, List<Double> fullRebuildMillis, List<Double> evaluationMillis) {
    }

    static String fleetScale(FleetFigures f) {
        long retained = f.heapAfter() - f.heapBefore();
        return String.join("\n",
                "| figure | value | target |",
                "|---|---|---|",
                row("fleet", f.tenants() + " tenants in " + f.clusters() + " clusters, " + f.deployments() + " Deployments, " + f.pods() + " pods ("
                        + f.cachedObjects() + " cached objects)", ""),
                row("filling the embedded API servers' stores (before the console starts)", seconds(f.seedTime()), ""),
                row("cold sync: time to a synced cache (slowest cluster; clusters sync in parallel)", seconds(f.syncTime()), "≤ 60 s"),
                row("heap retained by the console after sync (all of it: Spring, Vaadin, catalogue, caches, snapshot)",
                        mib(retained), "≤ 1 GiB"),
                row("of which per cached Deployment with its pods (upper bound)",
                        String.format(Locale.ROOT, "%.1f KiB", retained / 1024.0 / f.deployments()), ""),
                row("one change → new snapshot published (watch + coalescing + rebuild), p50 / p95 / max of "
                        + f.singleChangeMillis().size(),
                        millis(percentile(f.singleChangeMillis(), 50)) + " / " + millis(percentile(f.singleChangeMillis(), 95))
                                + " / " + millis(percentile(f.singleChangeMillis(), 100)), "p95 ≤ 100 ms"),
                row("snapshot rebuild after one change (re-evaluates one tenant), mean",
                        millis(f.partialRebuildMeanMillis()), "≤ 50 ms"),
                row("full rebuild of all tenants (read caches + evaluate), p50 / max of " + f.fullRebuildMillis().size(),
                        millis(percentile(f.fullRebuildMillis(), 50)) + " / " + millis(percentile(f.fullRebuildMillis(), 100)),
                        ""),
                row("full fleet health evaluation (" + f.tenants() + " tenants), p50 / max of " + f.evaluationMillis().size(),
                        millis(percentile(f.evaluationMillis(), 50)) + " / " + millis(percentile(f.evaluationMillis(), 100)),
                        "≤ 50 ms"))
                + "\n";
    }

    /** One kind of status request: requests/s of each round through the servlet and through the MVC baseline. */
    record StatusRates(String kind, List<Double> servlet, List<Double> baseline) {
    }

    static String statusApi(int tenants, long bytes, int rounds, List<StatusRates> rates, double withToken) {
        List<String> lines = new ArrayList<>(List.of("",
                "| `GET /api/v1/status` (" + tenants + " tenants, " + bytes / 1024 + " KiB of JSON), wrk -t2 -c32 -d10s, "
                        + rounds + " rounds in turn, mean | servlet (this release), requests/s | Spring MVC controller "
                        + "(previous release's path, same run) | ratio | target |",
                "|---|---|---|---|---|"));
        for (StatusRates rate : rates) {
            double servlet = mean(rate.servlet());
            double baseline = mean(rate.baseline());
            lines.add("| " + rate.kind() + " | " + requests(servlet) + " (" + each(rate.servlet()) + ") | " + requests(baseline)
                    + " (" + each(rate.baseline()) + ") | " + String.format(Locale.ROOT, "%.2f×", servlet / baseline)
                    + " | " + (rate.kind().startsWith("plain") ? "" : "≥ 10,000 / ≥ 20,000 at 1,000 tenants") + " |");
        }
        lines.add("| `GET /api/v1/tenants/{tenant}` with a personal bearer token (SHA-256 + token and user lookups in "
                + "PostgreSQL per call), one run | " + requests(withToken) + " | | | |");
        return String.join("\n", lines) + "\n";
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static String requests(double perSecond) {
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }

    private static String each(List<Double> values) {
        return String.join(", ", values.stream().map(BenchmarkReport::requests).toList());
    }

    static String scaling(int tenants, List<Double> singleMillis, int bulkItems, double bulkMillis, long bulkScaled) {
        return String.join("\n",
                "",
                "| scaling (" + tenants + "-tenant fleet, audit in embedded PostgreSQL) | value | target |",
                "|---|---|---|",
                row("confirm → scale written (validate, read Scale, quota, audit commit, PUT scale, audit outcome), p50 / p95 of "
                        + singleMillis.size(), millis(percentile(singleMillis, 50)) + " / " + millis(percentile(singleMillis, 95)), ""),
                row("bulk scale of " + bulkItems + " services (one after the other), total", millis(bulkMillis), ""),
                row("bulk throughput", String.format(Locale.ROOT, "%.1f services/s (%d scaled)", bulkItems / (bulkMillis / 1000),
                        bulkScaled), ""))
                + "\n";
    }

    static String board(List<Double> latencies, int sessions, int tiles, long heapBytes) {
        return String.join("\n",
                "",
                "| board | value | target |",
                "|---|---|---|",
                row("change → tile colour in the browser (Deployment status written → MutationObserver), p50 / p95 / max of "
                        + latencies.size(),
                        millis(percentile(latencies, 50)) + " / " + millis(percentile(latencies, 95)) + " / "
                                + millis(percentile(latencies, 100)), "p95 ≤ 2 s"),
                row("heap per open board session (" + sessions + " sessions, " + tiles + " tiles each)",
                        String.format(Locale.ROOT, "%.0f KiB", heapBytes / 1024.0 / sessions), ""))
                + "\n";
    }

    record SurgeFigures(int tenants, int services, List<Double> compute, List<Double> computeTenth, double saveMillis,
            double applyMillis, double revertMillis, double individualMillis, long individualScaled) {
    }

    static String surge(SurgeFigures f) {
        return String.join("\n",
                "| surge plan (" + f.tenants() + " tenants, " + f.services() + " services raised 5 → 9) | value | baseline in the same run |",
                "|---|---|---|",
                row("compute (`SurgePlans.compute`: snapshot read, arithmetic, quota, shedding), median / p95 of "
                        + f.compute().size(), millis(percentile(f.compute(), 50)) + " / " + millis(percentile(f.compute(), 95)),
                        f.tenants() / 10 + " tenants: " + millis(percentile(f.computeTenth(), 50)) + " / "
                                + millis(percentile(f.computeTenth(), 95))),
                row("save (overlap check under the advisory lock, one row per change)", millis(f.saveMillis()), ""),
                row("apply through the guarded, audited path (claim, then per service: scale + audit, outcome, claim renewed)",
                        seconds(f.applyMillis()) + ", " + perSecond(f.services(), f.applyMillis()),
                        f.individualScaled() + " individual scale calls one after another: "
                                + seconds(f.individualMillis()) + ", " + perSecond(f.services(), f.individualMillis())),
                row("revert (expected replicas checked, per service as above)", seconds(f.revertMillis()) + ", "
                        + perSecond(f.services(), f.revertMillis()), ""))
                + "\n";
    }

    private static String perSecond(int count, double millis) {
        return String.format(Locale.ROOT, "%.1f services/s", count / (millis / 1000));
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }

    private static String row(String figure, String value, String target) {
        return "| " + figure + " | " + value + " | " + target + " |";
    }

    static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / MIB);
    }
}
