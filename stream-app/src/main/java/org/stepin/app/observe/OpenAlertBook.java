package org.stepin.app.observe;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stepin.app.event.Route;

/**
 * This instance's book of open alerts, for the open-alert gauges: per route, how many are open and how long the
 * oldest unacknowledged one has waited. Per instance and in memory: each instance knows the alerts of the stream
 * tasks it runs (a task announces its open alerts when it starts here and is released when it leaves), so the
 * cluster's figure is the sum (open) or the maximum (oldest age) over instances.
 *
 * <p>Bounded: at most {@code capacity} alerts (more are not tracked and are counted as overflow), and an alert
 * whose triggering message is older than {@code retention} is dropped, as the pipeline itself forgets it then.
 * Alert ids stay in this book: they are never a tag or logged. Thread-safe.
 */
final class OpenAlertBook {
    private final Clock clock;
    private final int capacity;
    private final Duration retention;
    private final Map<String, Entry> open = new ConcurrentHashMap<>();

    OpenAlertBook(Clock clock, int capacity, Duration retention) {
        this.clock = requireNonNull(clock, "clock");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        this.retention = requireNonNull(retention, "retention");
    }

    /** Records an open alert; false when the book is full and it was not recorded. */
    boolean open(String task, String alertId, Route route, Instant eventTime) {
        requireNonNull(task, "task");
        requireNonNull(alertId, "alertId");
        requireNonNull(route, "route");
        requireNonNull(eventTime, "eventTime");
        if (open.size() >= capacity && !open.containsKey(alertId)) {
            dropExpired();
            if (open.size() >= capacity) {
                return false;
            }
        }
        open.merge(alertId, new Entry(task, route, eventTime, false),
                (known, fresh) -> new Entry(task, route, eventTime, known.acknowledged()));
        return true;
    }

    void acknowledge(String alertId) {
        open.computeIfPresent(requireNonNull(alertId, "alertId"),
                (id, entry) -> new Entry(entry.task(), entry.route(), entry.eventTime(), true));
    }

    void close(String alertId) {
        open.remove(requireNonNull(alertId, "alertId"));
    }

    void release(String task) {
        requireNonNull(task, "task");
        open.values().removeIf(entry -> entry.task().equals(task));
    }

    /** How many alerts to {@code route} are open. */
    long openCount(Route route) {
        dropExpired();
        return open.values().stream().filter(entry -> entry.route() == route).count();
    }

    /** How long the oldest unacknowledged alert to {@code route} has been waiting, in seconds; 0 when none. */
    double oldestUnacknowledgedSeconds(Route route) {
        dropExpired();
        Instant now = clock.instant();
        return open.values().stream()
                .filter(entry -> entry.route() == route && !entry.acknowledged())
                .map(Entry::eventTime)
                .min(Instant::compareTo)
                .map(oldest -> Math.max(0, Duration.between(oldest, now).toMillis()) / 1000.0)
                .orElse(0.0);
    }

    /** How many alerts the book holds. */
    int size() {
        return open.size();
    }

    private void dropExpired() {
        Instant cutoff = clock.instant().minus(retention);
        open.values().removeIf(entry -> entry.eventTime().isBefore(cutoff));
    }

    private record Entry(String task, Route route, Instant eventTime, boolean acknowledged) {
    }
}
