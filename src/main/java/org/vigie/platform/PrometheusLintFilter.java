package org.vigie.platform;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code /actuator/prometheus} clean for {@code promtool check metrics}: meters from the
 * libraries that lack a description get their name as help text, and the three whose names break
 * Prometheus conventions (abbreviated units, a {@code _count} suffix on a gauge) are left out;
 * their information is in other meters ({@code process_cpu_usage}, {@code jvm_*}).
 */
@Component
class PrometheusLintFilter implements MeterFilter {

    static final Set<String> NON_CONFORMING = Set.of("jvm.compilation.time", "process.cpu.time", "system.cpu.count");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return NON_CONFORMING.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        if (id.getDescription() != null && !id.getDescription().isBlank()) {
            return id;
        }
        return new Meter.Id(id.getName(), io.micrometer.core.instrument.Tags.of(id.getTagsAsIterable()),
                id.getBaseUnit(), id.getName().replace('.', ' '), id.getType());
    }
}
