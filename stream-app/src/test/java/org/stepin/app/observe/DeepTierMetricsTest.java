package org.stepin.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepin.core.deep.DeepStatus;

class DeepTierMetricsTest {
    @Test
    void shouldTimeOnlyMessagesTheParserRead() {
        List<Long> timed = new ArrayList<>();
        DeepTierMetrics metrics = new DeepTierMetrics(new PipelineListener() {
            @Override
            public void deepTierScored(long nanos) {
                timed.add(nanos);
            }
        });
        metrics.reviewed(DeepStatus.ADJUSTED, 7);
        metrics.reviewed(DeepStatus.CONFIRMED, 5);
        metrics.reviewed(DeepStatus.SKIPPED_BUSY, 100);
        metrics.reviewed(DeepStatus.FAILED, 3);
        assertThat(timed).containsExactly(7L, 5L);
    }
}
