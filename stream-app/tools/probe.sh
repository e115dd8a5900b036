#!/usr/bin/env bash
# Scores a probe set (stream-app/tools/src/test/resources/probes/, written without seeing the detector's output)
# with the packaged detector and the deep tier, and prints aggregate numbers per group: never a message or a miss,
# because the set measures a change once, before and after, and must not be read to write rules (README
# "Accuracy"). Usage: stream-app/tools/probe.sh [FILE]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
FILE="$(cd "$(dirname "${1:-$ROOT/stream-app/tools/src/test/resources/probes/probe-2026-12.tsv}")" && pwd)/$(basename "${1:-probe-2026-12.tsv}")"
cd "$ROOT"
./mvnw -B -q -ntp -DskipTests -Dcheckstyle.skip -pl stream-app/tools -am package dependency:build-classpath \
    -Dmdep.outputFile=target/probe.classpath -Dmdep.includeScope=test >/dev/null
CP="$ROOT/stream-app/tools/target/test-classes:$ROOT/stream-app/tools/target/classes:$(cat stream-app/tools/target/probe.classpath)"
exec java -Xmx2g -cp "$CP" org.stepin.app.evaluate.ProbeReport "$FILE"
