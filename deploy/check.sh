#!/usr/bin/env bash
# Checks deploy/ with promtool: the scrape config, the rules, and the rules' unit tests (rules.test.yml).
# With a scrape file as argument (a running instance's /metrics saved to a file, e.g.
# `curl -fs http://127.0.0.1:9400/metrics >scrape.prom` while `./detector demo` runs; .ci/run does this), also
# lints it with `promtool check metrics`: our own detector_* meters must pass; Kafka's and the JVM's are not ours.
# Installs Debian's prometheus package (for promtool) when promtool is missing and apt-get can be used.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v promtool >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "check.sh: installing promtool (Debian package prometheus)" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null
  else
    echo "check.sh: promtool not found; install Prometheus (Debian: apt-get install prometheus)" >&2
    exit 1
  fi
fi

scrape=""
if [ "$#" -gt 0 ]; then
  if [ ! -f "$1" ]; then
    echo "check.sh: no scrape file $1" >&2
    exit 1
  fi
  scrape="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
fi

cd "$here/prometheus"
promtool check config prometheus.yml
promtool check rules rules.yml
promtool test rules rules.test.yml

if [ -n "$scrape" ]; then
  echo "Linting the detector_* metrics of $scrape"
  # promtool lints the whole exposition; keep only our own families, so a Kafka or JVM naming quirk does not fail us.
  ours="$(awk '/^# (HELP|TYPE) detector_/ || /^detector_/' "$scrape")"
  if [ -z "$ours" ]; then
    echo "check.sh: no detector_* metrics in $scrape" >&2
    exit 1
  fi
  printf '%s\n' "$ours" | promtool check metrics
fi
echo "deploy/check.sh: all checks passed"
