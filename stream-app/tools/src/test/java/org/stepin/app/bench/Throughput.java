package org.stepin.app.bench;

/**
 * How fast one application consumed the pre-loaded topic.
 *
 * @param messages messages consumed (committed)
 * @param perSecond messages a second from its first commit to its last: the steady rate, start-up excluded
 * @param steadySeconds seconds from its first commit to its last
 * @param wallSeconds seconds from start to the last commit, start-up included
 * @param streamThreadCpu the application's stream thread's CPU time over the wall time (1.0 = always on a core)
 * @param processCores the whole JVM's CPU time (broker and benchmark included) over the wall time, in cores
 */
record Throughput(long messages, double perSecond, double steadySeconds, double wallSeconds, double streamThreadCpu,
                  double processCores) {

    /** The stream thread's CPU time per message consumed, in microseconds (start-up included). */
    double cpuMicrosPerMessage() {
        return streamThreadCpu * wallSeconds / messages * 1e6;
    }
}
