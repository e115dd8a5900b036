package org.stepin.app.config;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Caseworkers' working hours: the days, the daily span {@code [start, end)}, and the time zone.
 *
 * @param zone the agency's time zone
 * @param days the working days
 * @param start start of the working day
 * @param end end of the working day (exclusive), after {@code start}
 */
public record WorkingHours(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    public WorkingHours {
        requireNonNull(zone, "zone");
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        days = Set.copyOf(days);
        if (days.isEmpty() || !end.isAfter(start)) {
            throw new IllegalArgumentException("working hours need at least one day and end after start");
        }
    }

    /** Monday to Friday, 09:00 to 17:00 in {@code zone}. */
    public static WorkingHours officeHours(ZoneId zone) {
        return new WorkingHours(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0));
    }

    /** {@code at} itself when it falls in working hours, otherwise the start of the next working period. */
    public Instant nextWorkingTime(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        for (int day = 0; day <= 7; day++) {
            ZonedDateTime date = local.plusDays(day);
            if (!days.contains(date.getDayOfWeek())) {
                continue;
            }
            ZonedDateTime opens = date.with(start);
            ZonedDateTime closes = date.with(end);
            if (day == 0 && !local.isBefore(opens) && local.isBefore(closes)) {
                return at;
            }
            if (local.isBefore(opens)) {
                return opens.toInstant();
            }
        }
        throw new IllegalStateException("no working day within a week");
    }
}
