package org.stepin.app.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stepin.core.Assessment;
import org.stepin.core.Evidence;

/**
 * Picks the evidence one lane's alert shows: the words found for the lane's categories that still count after
 * their context marks, strongest first. Evidence the deep tier reviewed stays even at weight 0, so the worker sees
 * what the parse decided; a learned tier's evidence has no words and is stated in the alert's reason instead.
 */
final class LaneEvidence {
    private LaneEvidence() {
    }

    /** The evidence of {@code assessment} that {@code lane}'s alert shows, by effective weight, highest first. */
    static List<Evidence> pick(Assessment assessment, Lane lane) {
        List<Evidence> picked = new ArrayList<>();
        for (Evidence item : assessment.evidence()) {
            boolean counts = item.effectiveWeight() > 0 || item.reviewed();
            if (lane.categories().contains(item.category()) && counts && item.span().isPresent()) {
                picked.add(item);
            }
        }
        picked.sort(Comparator.comparingDouble(Evidence::effectiveWeight).reversed());
        return picked;
    }
}
