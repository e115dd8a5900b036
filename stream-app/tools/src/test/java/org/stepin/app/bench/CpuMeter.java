package org.stepin.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU used since it was started, to tell a busy stream thread from a waiting one: the whole JVM's CPU time (in
 * cores: CPU seconds per wall second) and the CPU time of an application's stream threads (as a share of the wall
 * time). Threads created after the start count whole. Not thread-safe.
 */
final class CpuMeter {
    private final long wallStart = System.nanoTime();
    private final long processStart = processCpuNanos();

    /** CPU seconds the JVM used per wall second since the start (2.0 = both cores of this machine busy). */
    double processCores() {
        return (processCpuNanos() - processStart) / (double) (System.nanoTime() - wallStart);
    }

    /** When it was started, on the monotonic clock. */
    long startNanos() {
        return wallStart;
    }

    /** CPU time of the live stream threads of {@code applicationId} over the wall time since the start. */
    double streamThreadShare(String applicationId) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (name.startsWith(applicationId + "-") && name.contains("-StreamThread-")) {
                cpu += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return cpu / (double) (System.nanoTime() - wallStart);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
