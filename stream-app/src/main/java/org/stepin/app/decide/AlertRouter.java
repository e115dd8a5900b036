package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.stepin.app.config.WorkingHours;
import org.stepin.app.event.Route;
import org.stepin.app.event.Urgency;
import org.stepin.core.score.Severity;

/**
 * Who an alert goes to and how soon. Youth risk: IMMINENT and HIGH page on-call now; lower severities go to the
 * assigned caseworker for their next working hours. Supervisor lane: now when HIGH or above, otherwise the next
 * working hours. Only pages that need a human now are sent now. Thread-safe.
 */
public final class AlertRouter {
    private final WorkingHours workingHours;

    /** A router using the caseworkers' {@code workingHours}. */
    public AlertRouter(WorkingHours workingHours) {
        this.workingHours = requireNonNull(workingHours, "workingHours");
    }

    /** The routing of an alert of {@code severity} in {@code lane}, raised at {@code detectedAt}. */
    public Routing route(Lane lane, Severity severity, String caseworker, Instant detectedAt) {
        boolean urgent = severity.atLeast(Severity.HIGH);
        Urgency urgency = urgent ? Urgency.NOW : Urgency.NEXT_WORKING_HOURS;
        Instant dueBy = urgent ? detectedAt : workingHours.nextWorkingTime(detectedAt);
        Route route = routeOf(lane, severity);
        return new Routing(route, urgency, route == Route.CASEWORKER ? caseworker : null, dueBy);
    }

    /** Who an alert of {@code severity} in {@code lane} goes to. */
    public static Route routeOf(Lane lane, Severity severity) {
        if (lane == Lane.SUPERVISOR) {
            return Route.SUPERVISOR;
        }
        return severity.atLeast(Severity.HIGH) ? Route.ON_CALL : Route.CASEWORKER;
    }

    /** A policy alert (e.g. age): to a supervisor in working hours. */
    public Routing policy(Instant detectedAt) {
        return new Routing(Route.SUPERVISOR, Urgency.NEXT_WORKING_HOURS, null,
                workingHours.nextWorkingTime(detectedAt));
    }

    /**
     * Where an alert goes.
     *
     * @param route who
     * @param urgency how soon
     * @param assignee the caseworker, for {@link Route#CASEWORKER}
     * @param dueBy when it should be read
     */
    public record Routing(Route route, Urgency urgency, String assignee, Instant dueBy) {
    }
}
