package org.stepin.app.bench;

/**
 * One throughput round: the no-op and the pipeline over the same pre-loaded messages.
 *
 * @param round its number, from 1
 * @param noOp the no-op's throughput
 * @param pipeline the pipeline's throughput
 * @param scored messages the pipeline scored (all of them must pass the consent gate)
 * @param alerts alerts it emitted
 * @param load the machine's load average when the round ended
 */
record RoundResult(int round, Throughput noOp, Throughput pipeline, long scored, long alerts, String load) {

    /** Pipeline throughput over no-op throughput. */
    double ratio() {
        return pipeline.perSecond() / noOp.perSecond();
    }
}
