package org.stepin.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's parameters, from {@code --name=value} arguments; every name has a default, an unknown name or a
 * bad value stops with an error naming it. Immutable.
 *
 * @param youths youths with consent whose chat makes up the load
 * @param messages messages pre-loaded for the throughput phase
 * @param riskShare share of risk messages in the throughput phase (the rest is everyday chat)
 * @param rounds throughput rounds, each running the no-op and then the pipeline from the start of the topic
 * @param warmupRounds the first rounds, reported but left out of the summary (cold JIT in broker and clients)
 * @param rate messages a second in the latency phase
 * @param seconds how long the latency phase sends
 * @param warmupSeconds the first seconds of each latency run, sent but not recorded
 * @param probeShare share of latency-phase messages that must alert (each from a youth of its own)
 * @param noOpLatency whether to measure the no-op topology's latency under the same load too
 * @param brokerFsync whether the broker flushes to disk after every append (the integration tests' setting)
 *                    instead of leaving it to the page cache (Kafka's default)
 * @param corpus the folder with the seed corpus ({@code seed-*.tsv})
 * @param seed the random seed of the message mix
 */
record BenchSettings(int youths, int messages, double riskShare, int rounds, int warmupRounds, int rate,
                     int seconds, int warmupSeconds, double probeShare, boolean noOpLatency, boolean brokerFsync,
                     Path corpus, long seed) {

    /** Validates. */
    BenchSettings {
        positive("youths", youths);
        positive("messages", messages);
        positive("rounds", rounds);
        positive("rate", rate);
        positive("seconds", seconds);
        share("risk-share", riskShare);
        share("probe-share", probeShare);
        if (warmupRounds < 0 || warmupRounds >= rounds) {
            throw new IllegalArgumentException("--warmup-rounds must be at least 0 and below --rounds, was "
                    + warmupRounds);
        }
        if (warmupSeconds < 0 || warmupSeconds >= seconds) {
            throw new IllegalArgumentException("--warmup must be at least 0 and below --seconds, was "
                    + warmupSeconds);
        }
    }

    /** The settings in {@code args}, defaults for the rest. */
    static BenchSettings parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("youths", "1000");
        values.put("messages", "200000");
        values.put("risk-share", "0.03");
        values.put("rounds", "3");
        values.put("warmup-rounds", "1");
        values.put("rate", "5000");
        values.put("seconds", "60");
        values.put("warmup", "5");
        values.put("probe-share", "0.02");
        values.put("noop-latency", "true");
        values.put("broker-fsync", "false");
        values.put("corpus", "");
        values.put("seed", "42");
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (name == null || !values.containsKey(name)) {
                throw new IllegalArgumentException("unknown argument '" + arg + "' (known: --"
                        + String.join("=, --", values.keySet()) + "=)");
            }
            values.put(name, arg.substring(equals + 1));
        }
        return new BenchSettings(integer(values, "youths"), integer(values, "messages"),
                decimal(values, "risk-share"), integer(values, "rounds"), integer(values, "warmup-rounds"),
                integer(values, "rate"),
                integer(values, "seconds"), integer(values, "warmup"), decimal(values, "probe-share"),
                bool(values, "noop-latency"), bool(values, "broker-fsync"), corpus(values.get("corpus")),
                integer(values, "seed"));
    }

    /** One probe in every this many latency-phase messages. */
    int probeEvery() {
        return (int) Math.max(1, Math.round(1 / probeShare));
    }

    /** Messages sent in one latency run. */
    long latencyMessages() {
        return (long) rate * seconds;
    }

    /** Probe youths needed for one latency run (each probe has a youth of its own). */
    int probeYouths() {
        return (int) (latencyMessages() / probeEvery() + 1);
    }

    private static Path corpus(String value) {
        if (!value.isEmpty()) {
            return Path.of(value);
        }
        for (Path candidate : new Path[] {Path.of("lexicons/corpus"), Path.of("../lexicons/corpus"),
            Path.of("../../lexicons/corpus")}) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("--corpus not given and no lexicons/corpus here or in ..");
    }

    private static int integer(Map<String, String> values, String name) {
        try {
            return Integer.parseInt(values.get(name).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a whole number: '" + values.get(name) + "'");
        }
    }

    private static double decimal(Map<String, String> values, String name) {
        try {
            return Double.parseDouble(values.get(name).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a number: '" + values.get(name) + "'");
        }
    }

    private static boolean bool(Map<String, String> values, String name) {
        String value = values.get(name).trim();
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("--" + name + " must be true or false, was '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("--" + name + " must be positive, was " + value);
        }
    }

    private static void share(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("--" + name + " must be in (0, 1], was " + value);
        }
    }
}
