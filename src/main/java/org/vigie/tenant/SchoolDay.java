package org.vigie.tenant;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/**
 * The concurrent sessions of a tenant along a school day, from its population: at the 08:00 peak
 * about 3.5% of students and teachers and 0.8% of parents are connected at once; evenings are
 * homework time; weekends are quiet. Times are in the schools' time zone.
 */
public final class SchoolDay {

    /** Share of the peak, per hour of the day. */
    private static final double[] HOURLY = {
        0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.08, 0.45, 1.00, 0.80, 0.70, 0.65,
        0.50, 0.55, 0.65, 0.60, 0.55, 0.50, 0.45, 0.40, 0.35, 0.25, 0.12, 0.05};
    private static final double STUDENT_PEAK_SHARE = 0.035;
    private static final double PARENT_PEAK_SHARE = 0.008;
    private static final double WEEKEND_FACTOR = 0.3;

    private SchoolDay() {
    }

    /** Sessions at the 08:00 peak of an ordinary weekday. */
    public static double weekdayPeak(Tenant.Population population) {
        return STUDENT_PEAK_SHARE * (population.students() + population.teachers())
                + PARENT_PEAK_SHARE * population.parents();
    }

    /** Share of the weekday peak at that moment, minutes interpolated between hours. */
    public static double shareAt(ZonedDateTime time) {
        int hour = time.getHour();
        double share = HOURLY[hour] + (HOURLY[(hour + 1) % 24] - HOURLY[hour]) * time.getMinute() / 60.0;
        return share * dayFactor(time);
    }

    /** Share of the weekday peak in the busiest hour that starts or ends within that hour of that day. */
    public static double hourlyPeakShare(ZonedDateTime hourStart) {
        int hour = hourStart.getHour();
        return Math.max(HOURLY[hour], HOURLY[(hour + 1) % 24]) * dayFactor(hourStart);
    }

    private static double dayFactor(ZonedDateTime time) {
        boolean weekend = time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? WEEKEND_FACTOR : 1;
    }
}
