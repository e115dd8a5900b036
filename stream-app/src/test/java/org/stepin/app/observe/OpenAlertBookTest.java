package org.stepin.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.stepin.app.event.Route;

class OpenAlertBookTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private final OpenAlertBook book = new OpenAlertBook(Clock.fixed(NOW, ZoneOffset.UTC), 3, Duration.ofDays(30));

    @Test
    void shouldCountOpenAlertsByRoute() {
        book.open("0_1", "a1", Route.ON_CALL, NOW.minusSeconds(60));
        book.open("0_1", "a2", Route.ON_CALL, NOW.minusSeconds(30));
        book.open("0_2", "a3", Route.CASEWORKER, NOW.minusSeconds(10));

        assertThat(book.openCount(Route.ON_CALL)).isEqualTo(2);
        assertThat(book.openCount(Route.CASEWORKER)).isEqualTo(1);
        assertThat(book.openCount(Route.SUPERVISOR)).isZero();
    }

    @Test
    void shouldAgeTheOldestUnacknowledgedAlertFromItsMessageTime() {
        book.open("0_1", "a1", Route.ON_CALL, NOW.minusSeconds(600));
        book.open("0_1", "a2", Route.ON_CALL, NOW.minusSeconds(90));

        assertThat(book.oldestUnacknowledgedSeconds(Route.ON_CALL)).isEqualTo(600.0);
        book.acknowledge("a1");
        assertThat(book.oldestUnacknowledgedSeconds(Route.ON_CALL)).isEqualTo(90.0);
        assertThat(book.openCount(Route.ON_CALL)).isEqualTo(2);
        book.close("a2");
        assertThat(book.oldestUnacknowledgedSeconds(Route.ON_CALL)).isZero();
        assertThat(book.openCount(Route.ON_CALL)).isEqualTo(1);
    }

    @Test
    void aReannouncedAlertKeepsItsAcknowledgement() {
        book.open("0_1", "a1", Route.ON_CALL, NOW.minusSeconds(600));
        book.acknowledge("a1");
        book.open("0_1", "a1", Route.ON_CALL, NOW.minusSeconds(600));

        assertThat(book.oldestUnacknowledgedSeconds(Route.ON_CALL)).isZero();
    }

    @Test
    void shouldForgetTheAlertsOfAReleasedTask() {
        book.open("0_1", "a1", Route.ON_CALL, NOW.minusSeconds(600));
        book.open("0_2", "a2", Route.ON_CALL, NOW.minusSeconds(60));

        book.release("0_1");

        assertThat(book.openCount(Route.ON_CALL)).isEqualTo(1);
        assertThat(book.oldestUnacknowledgedSeconds(Route.ON_CALL)).isEqualTo(60.0);
    }

    @Test
    void shouldStayWithinItsCapacity() {
        assertThat(book.open("0_1", "a1", Route.ON_CALL, NOW)).isTrue();
        assertThat(book.open("0_1", "a2", Route.ON_CALL, NOW)).isTrue();
        assertThat(book.open("0_1", "a3", Route.ON_CALL, NOW)).isTrue();

        assertThat(book.open("0_1", "a4", Route.ON_CALL, NOW)).isFalse();
        assertThat(book.open("0_1", "a3", Route.ON_CALL, NOW)).isTrue();
        assertThat(book.size()).isEqualTo(3);
    }

    @Test
    void shouldDropAlertsOlderThanTheRetention() {
        book.open("0_1", "old", Route.ON_CALL, NOW.minus(Duration.ofDays(30)).minusMillis(1));
        book.open("0_1", "new", Route.ON_CALL, NOW.minus(Duration.ofDays(30)));

        assertThat(book.openCount(Route.ON_CALL)).isEqualTo(1);
        assertThat(book.oldestUnacknowledgedSeconds(Route.ON_CALL)).isEqualTo(Duration.ofDays(30).toSeconds());
    }
}
