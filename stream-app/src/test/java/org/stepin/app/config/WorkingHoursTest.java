package org.stepin.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursTest {
    private static final WorkingHours LONDON = WorkingHours.officeHours(ZoneId.of("Europe/London"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Monday 2026-03-02, London is UTC+0 until 29 March, then UTC+1
        "2026-03-02T08:59:59.999Z, 2026-03-02T09:00:00Z",
        "2026-03-02T09:00:00Z,     2026-03-02T09:00:00Z",
        "2026-03-02T16:59:59.999Z, 2026-03-02T16:59:59.999Z",
        "2026-03-02T17:00:00Z,     2026-03-03T09:00:00Z",
        "2026-03-06T18:00:00Z,     2026-03-09T09:00:00Z",
        "2026-03-07T12:00:00Z,     2026-03-09T09:00:00Z",
        "2026-03-27T20:00:00Z,     2026-03-30T08:00:00Z"})
    void dueAtTheNextOpeningInTheAgencysTimeZone(String at, String due) {
        assertThat(LONDON.nextWorkingTime(Instant.parse(at))).isEqualTo(Instant.parse(due));
    }
}
