package org.vigie.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import org.vigie.health.SessionLoad;
import org.vigie.tenant.Tenant;

/**
 * Concurrent sessions of a tenant along a school day, from its population: at the 08:00 peak about
 * 3.5% of students and teachers and 0.8% of parents are connected at once; evenings are homework
 * time; weekends are quiet. {@code surgeFactor} replays a closure (×3 on the first day of 2020).
 */
final class SchoolDayTraffic implements SessionLoad {

    /** Share of the peak, per hour of the day (school time zone). */
    private static final double[] HOURLY = {
        0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.08, 0.45, 1.00, 0.80, 0.70, 0.65,
        0.50, 0.55, 0.65, 0.60, 0.55, 0.50, 0.45, 0.40, 0.35, 0.25, 0.12, 0.05};
    private static final double STUDENT_PEAK_SHARE = 0.035;
    private static final double PARENT_PEAK_SHARE = 0.008;
    private static final double WEEKEND_FACTOR = 0.3;

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
        double peak = STUDENT_PEAK_SHARE * (tenant.population().students() + tenant.population().teachers())
                + PARENT_PEAK_SHARE * tenant.population().parents();
        int hour = time.getHour();
        double share = HOURLY[hour] + (HOURLY[(hour + 1) % 24] - HOURLY[hour]) * time.getMinute() / 60.0;
        boolean weekend = time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY;
        return Math.round(peak * share * (weekend ? WEEKEND_FACTOR : 1) * properties.surgeFactor());
    }

    /** Sessions at the peak of an ordinary weekday, used to size the demo Deployments. */
    static long weekdayPeak(Tenant tenant) {
        return Math.round(STUDENT_PEAK_SHARE * (tenant.population().students() + tenant.population().teachers())
                + PARENT_PEAK_SHARE * tenant.population().parents());
    }
}
