package org.stepin.app.evaluate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepin.app.evaluate.contender.Contender;
import org.stepin.app.evaluate.contender.Message;
import org.stepin.app.evaluate.contender.Risk;
import org.stepin.app.evaluate.dataset.CssrsLabel;
import org.stepin.app.evaluate.dataset.CssrsUser;
import org.stepin.app.evaluate.dataset.Dataset;
import org.stepin.app.evaluate.metrics.BinaryMetrics;
import org.stepin.app.evaluate.metrics.Prediction;
import org.stepin.core.score.Severity;

/**
 * The C-SSRS users, each user's posts streamed in order as one youth's messages: per contender, the highest
 * risk and severity any message reached and whether any message alerted. Binary rows compare Ideation,
 * Behavior and Attempt users (positive) with Supportive users (negative); Indicator users appear only in
 * the escalation table.
 */
final class CssrsTask {
    static final String TASK = "users: Ideation + Behavior + Attempt (positive) vs Supportive; highest risk"
            + " and severity over the user's posts";

    private CssrsTask() {
    }

    /** A user's messages and the contender's verdict on the riskiest one. */
    private record UserPeak(CssrsUser user, double risk, boolean alert, Severity severity, String text,
                            List<String> evidence) {
    }

    private record UserMessage(int user, String text) {
    }

    static DatasetResult run(List<CssrsUser> users, CssrsSplit split, List<Contender> contenders,
                             Progress.Factory progress) {
        List<UserMessage> messages = new ArrayList<>();
        int posts = 0;
        for (int i = 0; i < users.size(); i++) {
            for (String post : users.get(i).posts()) {
                posts++;
                for (String message : split.messages(post)) {
                    messages.add(new UserMessage(i, message));
                }
            }
        }
        List<ContenderRow> rows = new ArrayList<>();
        List<EscalationRow> escalation = new ArrayList<>();
        List<Example> falsePositives = new ArrayList<>();
        List<Example> falseNegatives = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add(users.size() + " users, " + posts + " posts, read as " + messages.size() + " messages ("
                + (split == CssrsSplit.CHUNKS ? "sentence chunks of at most " + CssrsSplit.CHUNK_CHARS + " characters"
                : "one message a post") + ")");
        long cut = users.stream().filter(CssrsUser::cut).count();
        if (cut > 0) {
            notes.add(cut + " users' post lists are cut off in the published file (at 32,759 characters);"
                    + " their posts up to the cut are scored");
        }
        for (Contender contender : contenders) {
            List<Risk> risks = Scoring.scoreAll(messages, message -> contender.score(Message.inbound(message.text())),
                    contender, Dataset.CSSRS.id(), progress);
            List<UserPeak> peaks = peaks(users, messages, risks);
            long truncated = risks.stream().filter(Risk::truncated).count();
            if (truncated > 0) {
                notes.add(contender.name() + ": " + truncated + " of " + messages.size()
                        + " messages exceeded the analysis cap; only their start was read");
            }
            List<Prediction> predictions = new ArrayList<>();
            for (UserPeak peak : peaks) {
                CssrsLabel label = peak.user().label();
                if (label == CssrsLabel.INDICATOR) {
                    continue;
                }
                predictions.add(new Prediction(peak.risk(), peak.alert(), label.atRisk()));
                if (contender == contenders.get(0) && peak.alert() != label.atRisk()) {
                    Example example = new Example(peak.user().id(), peak.text(), label.display(), peak.risk(),
                            peak.evidence());
                    (peak.alert() ? falsePositives : falseNegatives).add(example);
                }
            }
            rows.add(new ContenderRow(contender.name(), contender.rule(), BinaryMetrics.of(predictions)));
            if (risks.stream().anyMatch(risk -> risk.severity().isPresent())) {
                escalation.addAll(escalation(contender.name(), peaks));
            }
        }
        return new DatasetResult(Dataset.CSSRS, TASK, users.size(), rows, Examples.worstFalsePositives(falsePositives),
                Examples.worstFalseNegatives(falseNegatives), escalation, List.of(), notes, Duration.ZERO);
    }

    private static List<UserPeak> peaks(List<CssrsUser> users, List<UserMessage> messages, List<Risk> risks) {
        Risk[] peak = new Risk[users.size()];
        String[] peakText = new String[users.size()];
        boolean[] alert = new boolean[users.size()];
        Severity[] severity = new Severity[users.size()];
        for (int i = 0; i < messages.size(); i++) {
            int user = messages.get(i).user();
            Risk risk = risks.get(i);
            if (peak[user] == null || risk.score() > peak[user].score()) {
                peak[user] = risk;
                peakText[user] = messages.get(i).text();
            }
            alert[user] |= risk.alert();
            Severity own = risk.severity().orElse(Severity.NONE);
            severity[user] = severity[user] == null || own.compareTo(severity[user]) > 0 ? own : severity[user];
        }
        List<UserPeak> peaks = new ArrayList<>(users.size());
        for (int user = 0; user < users.size(); user++) {
            Optional<Risk> risk = Optional.ofNullable(peak[user]);
            peaks.add(new UserPeak(users.get(user), risk.map(Risk::score).orElse(0.0), alert[user],
                    severity[user] == null ? Severity.NONE : severity[user],
                    peakText[user] == null ? "" : peakText[user], risk.map(Risk::evidence).orElse(List.of())));
        }
        return peaks;
    }

    private static List<EscalationRow> escalation(String contender, List<UserPeak> peaks) {
        List<EscalationRow> rows = new ArrayList<>();
        for (CssrsLabel label : CssrsLabel.values()) {
            List<Severity> reached = peaks.stream().filter(peak -> peak.user().label() == label)
                    .map(UserPeak::severity).toList();
            rows.add(new EscalationRow(contender, label, reached.size(), share(reached, Severity.MODERATE),
                    share(reached, Severity.HIGH), share(reached, Severity.IMMINENT)));
        }
        return rows;
    }

    private static double share(List<Severity> reached, Severity floor) {
        return reached.isEmpty() ? Double.NaN
                : (double) reached.stream().filter(severity -> severity.atLeast(floor)).count() / reached.size();
    }
}
