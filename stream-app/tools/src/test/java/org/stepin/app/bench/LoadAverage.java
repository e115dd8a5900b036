package org.stepin.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average ({@code /proc/loadavg}: 1, 5 and 15 minutes), to judge a run's noise. */
final class LoadAverage {
    private LoadAverage() {
    }

    /** The three load averages, e.g. {@code 1.48 0.68 0.27}, or {@code n/a} where there is no /proc. */
    static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields.length < 3 ? "n/a" : fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
