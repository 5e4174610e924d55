package org.vigie.demo;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.vigie.health.SessionLoad;
import org.vigie.tenant.SchoolDay;
import org.vigie.tenant.Tenant;

/**
 * Concurrent sessions of a tenant now, along its {@link SchoolDay} in the demo's time zone.
 * {@code surgeFactor} replays a closure (×3 on the first day of 2020).
 */
final class SchoolDayTraffic implements SessionLoad {

    private final Clock clock;
    private final DemoProperties properties;

    SchoolDayTraffic(Clock clock, DemoProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public Long sessions(Tenant tenant) {
        return sessionsAt(tenant, ZonedDateTime.now(clock.withZone(properties.zone())));
    }

    long sessionsAt(Tenant tenant, ZonedDateTime time) {
        return Math.round(SchoolDay.weekdayPeak(tenant.population()) * SchoolDay.shareAt(time)
                * properties.surgeFactor());
    }

    /** Sessions at the peak of an ordinary weekday, used to size the demo Deployments. */
    static long weekdayPeak(Tenant tenant) {
        return Math.round(SchoolDay.weekdayPeak(tenant.population()));
    }
}
