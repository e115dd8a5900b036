package org.stepin.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A smoke run of the end-to-end benchmark with tiny settings: the numbers are not asserted (they are a benchmark's
 * business, see {@code BENCHMARKS.md}), what it counts is. Both topologies consume every pre-loaded message, the
 * pipeline scores each one, every probe of the timed run gives an alert and every message a no-op copy.
 */
class EndToEndBenchmarkIT {

    @Test
    @Timeout(180)
    void countsEveryMessageOfBothTopologiesAndAnAlertForEveryProbe() throws Exception {
        BenchSettings settings = BenchSettings.parse("--youths=50", "--messages=2000", "--rounds=1",
                "--warmup-rounds=0", "--rate=500", "--seconds=4", "--warmup=1", "--probe-share=0.1");

        BenchResults results = EndToEndBenchmark.run(settings);

        assertThat(results.rounds()).singleElement().satisfies(round -> {
            assertThat(round.noOp().messages()).isEqualTo(2000);
            assertThat(round.pipeline().messages()).isEqualTo(2000);
            assertThat(round.scored()).isEqualTo(2000);
            assertThat(round.noOp().perSecond()).isPositive();
            assertThat(round.pipeline().perSecond()).isPositive();
        });
        assertThat(results.latency()).hasSize(2);
        LatencyRun pipeline = results.latency().get(0);
        assertThat(pipeline.sent().messages()).isEqualTo(2000);
        assertThat(pipeline.sent().probes()).isEqualTo(200);
        assertThat(pipeline.outputs()).as("alerts naming a timed event").isGreaterThanOrEqualTo(200);
        assertThat(pipeline.endToEnd().count()).as("alerts of events after the warm-up").isGreaterThanOrEqualTo(150);
        assertThat(pipeline.emitted().count()).as("emitted, aborted re-emissions included")
                .isGreaterThanOrEqualTo(pipeline.endToEnd().count());
        LatencyRun noOp = results.latency().get(1);
        assertThat(noOp.outputs()).as("copies, each exactly once").isEqualTo(2000);
        assertThat(noOp.endToEnd().count()).isEqualTo(1500);
        assertThat(results.markdown(settings)).contains("| 1 |", "| pipeline |", "| no-op |");
    }
}
