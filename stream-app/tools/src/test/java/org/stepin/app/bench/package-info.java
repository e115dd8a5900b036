/**
 * The end-to-end benchmark on a real embedded broker (issue 5): throughput of the pipeline against a no-op
 * exactly-once topology in the same run, and event-to-alert latency under an open-loop fixed rate. Run with
 * {@code stream-app/tools/e2e-bench.sh}; not part of {@code verify}. Results and how to read them:
 * {@code BENCHMARKS.md}.
 */
package org.stepin.app.bench;
