package org.stepin.app.evaluate.contender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepin.core.Detector;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

class ContendersTest {
    private static final Detector DETECTOR = Detector.packaged();

    @Test
    void shouldMatchKeywordsInsideWordsLikeDeployedMonitorsDo() {
        KeywordContender keywords = new KeywordContender();
        Risk skilled = keywords.score(Message.inbound("I'm so SKILLED at this game"));
        assertThat(skilled.alert()).isTrue();
        assertThat(skilled.score()).isEqualTo(1);
        assertThat(skilled.evidence()).containsExactly("kill");
        assertThat(keywords.score(Message.inbound("we will execute the plan")).evidence()).containsExactly("cut");
        assertThat(keywords.score(Message.inbound("i want to kill myself, kill myself")).score()).isEqualTo(4);
        Risk calm = keywords.score(Message.inbound("see you at youth club"));
        assertThat(calm.alert()).isFalse();
        assertThat(calm.score()).isZero();
    }

    @Test
    void shouldScoreVaderAsNegatedCompound() {
        VaderContender vader = new VaderContender();
        Risk sad = vader.score(Message.inbound("I hate everything and I am so miserable"));
        assertThat(sad.score()).isGreaterThan(0.5);
        assertThat(sad.alert()).isTrue();
        Risk pills = vader.score(Message.inbound("i have the pills ready"));
        assertThat(pills.alert()).isFalse();
        assertThat(vader.score(Message.inbound("   ")).score()).isZero();
    }

    @Test
    void shouldOrderStepinRiskBySeverityThenScore() {
        StepinContender stepin = new StepinContender("stepin", DETECTOR);
        Risk imminent = stepin.score(Message.inbound("i want to kill myself tonight"));
        assertThat(imminent.severity()).contains(Severity.IMMINENT);
        assertThat(imminent.score()).isGreaterThan(4).isLessThanOrEqualTo(5);
        assertThat(imminent.alert()).isTrue();
        assertThat(imminent.category()).contains(Category.SUICIDAL_IDEATION);
        assertThat(imminent.evidence()).anyMatch(e -> e.contains("kill myself"));
        Risk none = stepin.score(Message.inbound("i'm so skilled at this game"));
        assertThat(none.score()).isZero();
        assertThat(none.alert()).isFalse();
    }

    @Test
    void shouldMeasureOnlyTheFocusedCategories() {
        StepinContender stepin = new StepinContender("stepin", DETECTOR);
        Risk focused = stepin.score(Message.focused("i want to kill myself tonight",
                Set.of(Category.WORKER_HARASSMENT, Category.BULLYING)));
        assertThat(focused.alert()).isFalse();
        assertThat(focused.score()).isZero();
        assertThat(focused.evidence()).isEmpty();
    }

    @Test
    void shouldShowTheDeepTierAblationBesideTheShippedDetector() {
        Contenders contenders = Contenders.standard(DETECTOR);
        assertThat(contenders.names()).startsWith(Contenders.STEPIN)
                .contains(DeepSettings.DEFAULT.enabled() ? Contenders.STEPIN_FAST : Contenders.STEPIN_DEEP);
    }

    @Test
    void shouldSayHowManyTextsWentDeepAndStartAgain() {
        StepinContender deep = new StepinContender("stepin-deep", DETECTOR, Contenders.EVALUATION_DEEP);
        Risk negated = deep.score(Message.inbound("i never said i wanted to die"));
        deep.score(Message.inbound("see you at youth club"));
        assertThat(negated.severity()).contains(Severity.MODERATE);
        assertThat(deep.drainNotes()).singleElement().asString()
                .startsWith("stepin-deep: 1 of 2 texts sent deep (50.00%): 1 adjusted, 0 confirmed").contains("loaded");
        assertThat(deep.drainNotes()).isEmpty();
        assertThat(new StepinContender("stepin", DETECTOR).drainNotes()).isEmpty();
    }

    @Test
    void shouldSelectContendersByNameInTableOrder() {
        Contenders contenders = Contenders.standard(DETECTOR);
        assertThat(contenders.select(Set.of("keywords", "stepin"))).extracting(Contender::name)
                .containsExactly("stepin", "keywords");
        assertThatThrownBy(() -> contenders.select(Set.of("bert"))).hasMessageContaining("unknown scorer 'bert'");
    }
}
