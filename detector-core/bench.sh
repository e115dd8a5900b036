#!/usr/bin/env bash
# Runs the fast-tier JMH benchmarks and prints msg/s, p50/p99/p99.9 and the ratio to the baseline.
# Usage: detector-core/bench.sh [extra JMH options]   (results also in detector-core/target/jmh.json)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# the benchmarks live in detector-core/model, beside the packaged learned tier they measure
./mvnw -B -q -ntp -Pbench -DskipTests -Dcheckstyle.skip package -pl detector-core/model -am
CP="$ROOT/detector-core/model/target/classes:$(cat "$ROOT/detector-core/model/target/bench.classpath")"
java -cp "$CP" org.openjdk.jmh.Main 'org.stepin.core.bench.*' -rf json -rff "$ROOT/detector-core/target/jmh.json" "$@"
python3 - "$ROOT/detector-core/target/jmh.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
res = {}
for r in rows:
    name = r["benchmark"].rsplit(".", 1)[1]
    m = r["primaryMetric"]
    if r["mode"] == "thrpt":
        res.setdefault(name, {})["msg_per_s"] = m["score"] * 1e6
    else:
        p = m["scorePercentiles"]
        res.setdefault(name, {}).update({"p50_us": p["50.0"], "p99_us": p["99.0"], "p99.9_us": p["99.9"]})
for name, v in res.items():
    print(f"{name:24s} {v.get('msg_per_s', 0):>12,.0f} msg/s  p50 {v.get('p50_us', 0):.2f} us  "
          f"p99 {v.get('p99_us', 0):.2f} us  p99.9 {v.get('p99.9_us', 0):.2f} us")
if "fastTier" in res and "baselineNfkcLowercase" in res:
    print(f"fast tier / baseline throughput ratio: {res['fastTier']['msg_per_s'] / res['baselineNfkcLowercase']['msg_per_s']:.3f}")
PY
