package org.stepin.app.observe;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.stepin.app.event.ActionKind;
import org.stepin.app.event.Alert;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.Outcome;
import org.stepin.core.Direction;
import org.stepin.core.score.Severity;

/**
 * Counts what the pipeline does, by names like {@code blocked.NO_CONSENT}: for {@code replay}'s summary and for
 * tests. Thread-safe.
 */
public final class CountingListener implements PipelineListener {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    private void add(String name) {
        counts.computeIfAbsent(name, key -> new LongAdder()).increment();
    }

    /** The count of {@code name}, 0 when never counted. */
    public long count(String name) {
        LongAdder adder = counts.get(name);
        return adder == null ? 0 : adder.sum();
    }

    /** All counts, sorted by name. */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((name, adder) -> snapshot.put(name, adder.sum()));
        return snapshot;
    }

    @Override
    public void messageReceived(Direction direction) {
        add("received." + direction);
    }

    @Override
    public void messageBlocked(BlockReason reason) {
        add("blocked." + reason);
    }

    @Override
    public void messageScored(Direction direction, Severity severity, long nanos) {
        add("scored." + direction);
    }

    @Override
    public void deepTierScored(long nanos) {
        add("scored.deep");
    }

    @Override
    public void deadLetter(ErrorKind kind) {
        add("deadLetter." + kind);
    }

    @Override
    public void alertEmitted(Alert alert, long latencyMillis) {
        add("alert." + alert.routeTo() + "." + alert.severity());
    }

    @Override
    public void alertSuppressed(Severity severity) {
        add("suppressed." + severity);
    }

    @Override
    public void alertAction(ActionKind action, Outcome outcome, boolean matched) {
        add("action." + action + (matched ? "" : ".unmatched"));
    }

    @Override
    public void stateDeleted() {
        add("stateDeleted");
    }
}
