#!/usr/bin/env bash
# End-to-end benchmark on a real (embedded, single-node KRaft) broker: pipeline vs no-op exactly-once throughput,
# and event-to-alert latency at a fixed rate. Prints a Markdown report (see BENCHMARKS.md); takes minutes.
# Usage: stream-app/tools/e2e-bench.sh [--messages=200000] [--rate=5000] [--seconds=60] [--rounds=3] ...
#        a quick smoke run: stream-app/tools/e2e-bench.sh --messages=20000 --seconds=10 --rounds=2
# The JVM (broker, applications and load generator together) gets E2E_BENCH_HEAP, 1g unless set.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
./mvnw -B -q -ntp -Pe2e-bench -DskipTests -Dcheckstyle.skip test-compile -pl stream-app/tools -am
CP="$ROOT/stream-app/tools/target/test-classes:$ROOT/stream-app/tools/target/classes:$(cat "$ROOT/stream-app/tools/target/e2e-bench.classpath")"
HEAP="${E2E_BENCH_HEAP:-1g}"
# Kafka's own warnings (broker and clients) go to stream-app/tools/target/e2e-bench.log, not the terminal.
exec java "-Xms$HEAP" "-Xmx$HEAP" ${E2E_BENCH_JAVA_OPTS:-} \
    "-Dlogback.configurationFile=$ROOT/stream-app/tools/src/test/resources/logback-e2e-bench.xml" \
    "-De2e.log=$ROOT/stream-app/tools/target/e2e-bench.log" \
    -cp "$CP" org.stepin.app.bench.EndToEndBenchmark "$@"
