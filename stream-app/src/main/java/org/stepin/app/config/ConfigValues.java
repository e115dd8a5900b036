package org.stepin.app.config;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stepin.core.score.Severity;

/**
 * Reads the values that are more than a {@code ConfigDef} type (durations, days, a daily span, channels, ...).
 * Each method is both a key's validator ({@link ParsingValidator}) and its reader, so the two cannot disagree; a
 * bad value is an {@link IllegalArgumentException} saying what was expected. Stateless.
 */
final class ConfigValues {
    private ConfigValues() {
    }

    /** A positive ISO-8601 duration, e.g. {@code PT6H}. */
    static Duration positiveDuration(String text) {
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 duration (e.g. PT6H, P7D)");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("must be positive");
        }
        return duration;
    }

    /** A severity that can alert: LOW or above, in any case. */
    static Severity alertThreshold(String text) {
        Severity severity;
        try {
            severity = Severity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of LOW, MODERATE, HIGH, IMMINENT");
        }
        if (!severity.atLeast(Severity.LOW)) {
            throw new IllegalArgumentException("must be LOW or above");
        }
        return severity;
    }

    /** A time zone id, e.g. {@code Europe/London}. */
    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time zone id (e.g. Europe/London)");
        }
    }

    /** Days of the week as ranges or single days, e.g. {@code MON-FRI} or {@code MON,WED,SAT}. */
    static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.trim().split("-", -1);
            if (range.length > 2) {
                throw new IllegalArgumentException("expected days like MON-FRI or MON,WED,SAT");
            }
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length == 2 ? day(range[1]) : from;
            for (DayOfWeek day = from; ; day = day.plus(1)) {
                days.add(day);
                if (day == to) {
                    break;
                }
            }
        }
        return days;
    }

    /** A daily span {@code HH:MM-HH:MM}, its end after its start. */
    static DailySpan dailySpan(String text) {
        String[] ends = text.split("-", -1);
        try {
            if (ends.length == 2) {
                LocalTime start = LocalTime.parse(ends[0].trim());
                LocalTime end = LocalTime.parse(ends[1].trim());
                if (!end.isAfter(start)) {
                    throw new IllegalArgumentException("the end must be after the start");
                }
                return new DailySpan(start, end);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected HH:MM-HH:MM, e.g. 09:00-17:00");
    }

    /** Channels, each {@code CHANNEL_ID:PLATFORM}: channel id to lower-case platform, in the order given. */
    static Map<String, String> channels(List<String> items) {
        Map<String, String> channels = new LinkedHashMap<>();
        for (String item : items) {
            String[] parts = item.trim().split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("each channel is CHANNEL_ID:PLATFORM, comma-separated; got '"
                        + item.trim() + "'");
            }
            channels.put(parts[0].trim(), parts[1].trim().toLowerCase(Locale.ROOT));
        }
        return channels;
    }

    /** A legal Kafka topic name: 1 to 249 of letters, digits, '.', '_' and '-', not '.' or '..'. */
    static String topicName(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        if (!name.matches("[a-zA-Z0-9._-]{1,249}") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("not a Kafka topic name (letters, digits, '.', '_', '-'; at most 249)");
        }
        return name;
    }

    private static DayOfWeek day(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (name.length() >= 3 && day.name().startsWith(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day of the week: '" + text.trim() + "'");
    }

    /**
     * A daily span of working hours.
     *
     * @param start when it starts
     * @param end when it ends (exclusive), after {@code start}
     */
    record DailySpan(LocalTime start, LocalTime end) {
    }
}
