package org.stepin.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stepin.app.evaluate.dataset.CssrsLabel;
import org.stepin.app.evaluate.dataset.Dataset;
import org.stepin.app.evaluate.metrics.BinaryMetrics;
import org.stepin.core.eval.Confusion;

class QualityGatesTest {
    private static ContenderRow row(String contender, double auc, Confusion confusion) {
        return new ContenderRow(contender, "rule", new BinaryMetrics(confusion, auc, 0.5, List.of(), List.of()));
    }

    private static DatasetResult result(Dataset dataset, List<ContenderRow> rows, List<EscalationRow> escalation) {
        return new DatasetResult(dataset, "task", 1, rows, List.of(), List.of(), escalation, List.of(), List.of(),
                Duration.ZERO);
    }

    @Test
    void shouldMeasureEachGateAndPoolBehaviorAndAttemptUsers() {
        Confusion any = new Confusion(1, 1, 1, 1);
        DatasetResult cssrs = result(Dataset.CSSRS, List.of(row("stepin", 0.80, any), row("vader", 0.65, any)),
                List.of(new EscalationRow("stepin", CssrsLabel.SUPPORTIVE, 10, 0.2, 0.1, 0),
                        new EscalationRow("stepin", CssrsLabel.BEHAVIOR, 30, 1, 0.9, 0.1),
                        new EscalationRow("stepin", CssrsLabel.ATTEMPT, 10, 1, 0.7, 0.1)));
        DatasetResult goemotions = result(Dataset.GOEMOTIONS,
                List.of(row("stepin", 0.6, new Confusion(5, 3, 5, 97))), List.of());
        List<GateResult> gates = QualityGates.check(List.of(cssrs, goemotions));
        assertThat(gates).hasSize(4);
        assertThat(gates.get(0).measured()).isCloseTo(0.85, Offset.offset(1e-12));
        assertThat(gates.get(0).passed()).isTrue();
        assertThat(gates.get(1).measured()).isEqualTo(0.2);
        assertThat(gates.get(1).passed()).isTrue();
        assertThat(gates.get(2).threshold()).isCloseTo(0.75, Offset.offset(1e-12));
        assertThat(gates.get(2).passed()).isTrue();
        assertThat(gates.get(3).measured()).isEqualTo(0.03);
        assertThat(gates.get(3).passed()).isFalse();
    }

    @Test
    void shouldFailGatesWhoseDataWasNotEvaluated() {
        assertThat(QualityGates.check(List.of())).noneMatch(GateResult::passed)
                .allMatch(gate -> Double.isNaN(gate.measured()));
    }
}
