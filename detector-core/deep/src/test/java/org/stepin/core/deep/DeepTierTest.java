package org.stepin.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepin.core.Assessor;
import org.stepin.core.Detector;
import org.stepin.core.Direction;

/** The tier's switch, pool and failure handling, with stand-in parsers (no CoreNLP). */
class DeepTierTest {
    private static final String UNCERTAIN = "i never said i wanted to die";
    private static Detector detector;

    @BeforeAll
    static void load() {
        // the grammar rules are written against the rules tier; the learned tier is checked elsewhere
        detector = Detector.packaged().rulesOnly();
    }

    private static DeepTier tier(DeepSettings settings, DeepCounters counters, DependencyParser parser) {
        return new DeepTier(detector, settings, counters, () -> parser, System::nanoTime);
    }

    @Test
    void shouldLeaveTheFastTiersVerdictWhenSwitchedOff() {
        DeepCounters counters = new DeepCounters();
        DeepOutcome outcome = tier(DeepSettings.DEFAULT.withEnabled(false), counters, (text, around) -> {
            throw new AssertionError("parsed while off");
        }).outcome(UNCERTAIN, Direction.INBOUND);
        assertThat(outcome.status()).isEqualTo(DeepStatus.SKIPPED_OFF);
        assertThat(outcome.assessment()).isEqualTo(detector.assess(UNCERTAIN));
        assertThat(counters.count(DeepStatus.SKIPPED_OFF)).isEqualTo(1);
    }

    @Test
    void shouldNotCountMessagesTheGateKeeps() {
        DeepCounters counters = new DeepCounters();
        DeepOutcome outcome = tier(DeepSettings.DEFAULT.withEnabled(true), counters, (text, around) -> {
            throw new AssertionError("parsed a certain message");
        }).outcome("see you at 5", Direction.INBOUND);
        assertThat(outcome.status()).isEqualTo(DeepStatus.NOT_SENT);
        assertThat(counters.sent()).isZero();
    }

    @Test
    void shouldKeepTheFastVerdictWhenTheParserFails() {
        DeepCounters counters = new DeepCounters();
        DeepOutcome outcome = tier(DeepSettings.DEFAULT.withEnabled(true), counters, (text, around) -> {
            throw new IllegalArgumentException("bad parse");
        }).outcome(UNCERTAIN, Direction.INBOUND);
        assertThat(outcome.status()).isEqualTo(DeepStatus.FAILED);
        assertThat(outcome.assessment()).isEqualTo(detector.assess(UNCERTAIN));
    }

    @Test
    void shouldSkipWhenThePoolStaysBusyPastTheWait() throws InterruptedException {
        CountDownLatch parsing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        DeepCounters counters = new DeepCounters();
        DeepTier tier = tier(new DeepSettings(true, 1, Duration.ofMillis(30)), counters, (text, around) -> {
            parsing.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DependencyGraph.builder(text.size()).build();
        });
        Thread holder = new Thread(() -> tier.outcome(UNCERTAIN, Direction.INBOUND));
        holder.start();
        assertThat(parsing.await(10, TimeUnit.SECONDS)).isTrue();
        DeepOutcome outcome = tier.outcome(UNCERTAIN, Direction.INBOUND);
        finish.countDown();
        holder.join(10_000);
        assertThat(outcome.status()).isEqualTo(DeepStatus.SKIPPED_BUSY);
        assertThat(outcome.assessment().modelVersion()).isEqualTo(detector.modelVersion());
        assertThat(counters.count(DeepStatus.SKIPPED_BUSY)).isEqualTo(1);
        assertThat(counters.count(DeepStatus.CONFIRMED)).isEqualTo(1);
    }

    @Test
    void asAnAssessorWhileOffItIsTheFastTierAndSendsNothing() {
        DeepCounters counters = new DeepCounters();
        DeepTier tier = tier(DeepSettings.DEFAULT.withEnabled(false), counters, (text, around) -> {
            throw new AssertionError("must not parse while off");
        });
        Assessor assessor = tier;
        Assessor.Timed timed = assessor.assessTimed(UNCERTAIN, Direction.INBOUND);
        assertThat(timed.assessment()).isEqualTo(detector.assess(UNCERTAIN));
        assertThat(timed.deeperTierNanos()).isZero();
        assertThat(counters.sent()).isZero();
    }

    @Test
    void asAnAssessorItNeverSendsAWorkersMessageDeep() {
        DeepCounters counters = new DeepCounters();
        DeepTier tier = tier(DeepSettings.DEFAULT.withEnabled(true), counters, (text, around) -> {
            throw new AssertionError("a worker's message is never parsed");
        });
        String text = "call me on my personal number, i never said i wanted to die";
        assertThat(tier.assess(text, Direction.OUTBOUND)).isEqualTo(detector.assess(text, Direction.OUTBOUND));
        assertThat(counters.sent()).isZero();
    }
}
