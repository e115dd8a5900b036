package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's result as Markdown: the set-up, the throughput table, the latency table, the verdict. */
final class MarkdownReport {
    /** The budget: the pipeline's throughput over the no-op's. */
    static final double MIN_RATIO = 0.6;
    /** The budget: p99 event-to-alert latency at 5k messages/s, in milliseconds. */
    static final double MAX_P99_MILLIS = 250;
    /** The rate the latency budget is for. */
    static final int BUDGET_RATE = 5000;

    private final StringBuilder out = new StringBuilder();

    /** The set-up, one bullet a fact. */
    MarkdownReport setup(Map<String, String> facts) {
        out.append("### Set-up\n\n");
        facts.forEach((name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
        out.append('\n');
        return this;
    }

    /** The throughput rounds; the first {@code warmupRounds} are marked and left out of the summary. */
    MarkdownReport throughput(List<RoundResult> rounds, int warmupRounds, int messages) {
        out.append(String.format(Locale.ROOT, "### Throughput: %,d pre-loaded messages, each application fresh "
                + "from the start of the topic%n%n", messages));
        out.append("| round | no-op msg/s | pipeline msg/s | ratio | stream thread CPU µs/msg no-op / pipeline | "
                + "stream thread busy no-op / pipeline | JVM cores no-op / pipeline | wall s no-op / pipeline | "
                + "scored | alerts | load after |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (RoundResult round : rounds) {
            Throughput noOp = round.noOp();
            Throughput pipeline = round.pipeline();
            out.append(String.format(Locale.ROOT, "| %d%s | %,.0f | %,.0f | %.3f | %.1f / %.1f | %.0f%% / %.0f%% | "
                            + "%.2f / %.2f | %.1f / %.1f | %,d | %,d | %s |%n", round.round(),
                    round.round() <= warmupRounds ? " (warm-up)" : "", noOp.perSecond(), pipeline.perSecond(),
                    round.ratio(), noOp.cpuMicrosPerMessage(), pipeline.cpuMicrosPerMessage(),
                    noOp.streamThreadCpu() * 100, pipeline.streamThreadCpu() * 100, noOp.processCores(),
                    pipeline.processCores(), noOp.wallSeconds(), pipeline.wallSeconds(), round.scored(),
                    round.alerts(), round.load()));
        }
        List<RoundResult> measured = rounds.subList(warmupRounds, rounds.size());
        double noOp = measured.stream().mapToDouble(round -> round.noOp().perSecond()).average().orElse(0);
        double pipeline = measured.stream().mapToDouble(round -> round.pipeline().perSecond()).average().orElse(0);
        double ratio = measured.stream().mapToDouble(RoundResult::ratio).average().orElse(0);
        double noOpCpu = measured.stream().mapToDouble(round -> round.noOp().cpuMicrosPerMessage()).average()
                .orElse(0);
        double pipelineCpu = measured.stream().mapToDouble(round -> round.pipeline().cpuMicrosPerMessage())
                .average().orElse(0);
        out.append(String.format(Locale.ROOT, "| **mean of rounds %d-%d** | **%,.0f** | **%,.0f** | **%.3f** | "
                        + "**%.1f / %.1f** | | | | | | |%n%n", warmupRounds + 1, rounds.size(), noOp, pipeline, ratio,
                noOpCpu, pipelineCpu));
        out.append(String.format(Locale.ROOT, "Stream-thread CPU per message, no-op over pipeline (the ratio "
                + "if both were bound by their stream thread alone): %.3f.%n%n", noOpCpu / pipelineCpu));
        out.append(String.format(Locale.ROOT, "Budget: pipeline at least %.1f of the no-op: **%s** (%.3f).%n%n",
                MIN_RATIO, ratio >= MIN_RATIO ? "met" : "not met", ratio));
        return this;
    }

    /** The timed runs. */
    MarkdownReport latency(List<LatencyRun> runs, BenchSettings settings) {
        out.append(String.format(Locale.ROOT, "### Latency: %,d msg/s open-loop for %d s (first %d s not "
                        + "recorded), 1 in %d messages a risk message from a youth of its own%n%n", settings.rate(),
                settings.seconds(), settings.warmupSeconds(), settings.probeEvery()));
        out.append("| topology | measured | sent msg/s | sender max lag ms | outputs / expected | recorded | "
                + "p50 ms | p95 ms | p99 ms | max ms | load after |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (LatencyRun run : runs) {
            String what = run.emitted() == null ? "event due -> copy read committed"
                    : "event due -> alert read committed";
            row(run, what, run.endToEnd());
            if (run.emitted() != null) {
                row(run, "event due -> alert emitted, before the commit", run.emitted());
            }
        }
        out.append('\n');
        runs.stream().filter(run -> run.emitted() != null).findFirst().ifPresent(run -> out.append(String.format(
                Locale.ROOT, "Budget: p99 event-to-alert at most %.0f ms at %,d msg/s: **%s** (p99 %.1f ms at %,d "
                        + "msg/s).%n%n", MAX_P99_MILLIS, BUDGET_RATE,
                settings.rate() != BUDGET_RATE ? "not measured at that rate"
                        : run.endToEnd().p99() <= MAX_P99_MILLIS ? "met" : "not met",
                run.endToEnd().p99(), settings.rate())));
        return this;
    }

    private void row(LatencyRun run, String what, Latency latency) {
        requireNonNull(latency, "latency");
        out.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.1f | %,d / %,d | %,d | %.1f | %.1f | %.1f | "
                        + "%.1f | %s |%n", run.topology(), what, run.sent().perSecond(), run.sent().maxLagMillis(),
                run.outputs(), run.expected(), latency.count(), latency.p50(), latency.p95(), latency.p99(),
                latency.max(), run.load()));
    }

    /** The report. */
    String text() {
        return out.toString();
    }
}
