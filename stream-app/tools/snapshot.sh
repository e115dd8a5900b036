#!/usr/bin/env bash
# Writes every assessment of the seed corpus and the public data sets (fast tier, rules alone, deep tier) to OUT,
# one canonical line per message and tier, to show that a refactoring changed no verdict: run it before and
# after the change and diff the two files. Takes a few minutes. Usage: stream-app/tools/snapshot.sh OUT [DATA_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
DATA="$(cd "${2:-$ROOT/../shared/data}" && pwd)"
cd "$ROOT"
# one reactor run (no install), so the sibling modules come from their own target/ folders
./mvnw -B -q -ntp -DskipTests -Dcheckstyle.skip -pl stream-app/tools -am package dependency:build-classpath \
    -Dmdep.outputFile=target/snapshot.classpath -Dmdep.includeScope=test >/dev/null
CP="$ROOT/stream-app/tools/target/test-classes:$ROOT/stream-app/tools/target/classes:$(cat stream-app/tools/target/snapshot.classpath)"
exec java -Xmx2g -cp "$CP" org.stepin.app.evaluate.AssessmentSnapshot "$OUT" "$DATA"
