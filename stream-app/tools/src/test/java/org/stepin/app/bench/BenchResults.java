package org.stepin.app.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured.
 *
 * @param setup facts about the run (date, machine, load, settings), in order
 * @param rounds the throughput rounds
 * @param latency the timed runs: the pipeline's, then the no-op's when measured
 */
record BenchResults(Map<String, String> setup, List<RoundResult> rounds, List<LatencyRun> latency) {

    /** Copies. */
    BenchResults {
        setup = Collections.unmodifiableMap(new LinkedHashMap<>(setup));
        rounds = List.copyOf(rounds);
        latency = List.copyOf(latency);
    }

    /** The report in Markdown. */
    String markdown(BenchSettings settings) {
        return new MarkdownReport().setup(setup).throughput(rounds, settings.warmupRounds(), settings.messages())
                .latency(latency, settings).text();
    }
}
