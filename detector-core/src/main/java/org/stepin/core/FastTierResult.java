package org.stepin.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.stepin.core.context.MarkedMatch;
import org.stepin.core.match.PhraseMatch;
import org.stepin.core.text.AnalyzedText;

/**
 * The fast tier's verdict with the intermediate results behind it, for a deeper tier that re-reads some of the
 * marks and rescores through {@link Detector#rescore}. Immutable.
 *
 * @param text the analysed message
 * @param direction who wrote it
 * @param cues every cue match (negation, first and third person, ...), in message order
 * @param risk the category matches with their marks
 * @param riskCues the risk-cue matches (time, means, plan ...) with their marks
 * @param assessment the fast tier's assessment
 */
public record FastTierResult(AnalyzedText text, Direction direction, List<PhraseMatch> cues, List<MarkedMatch> risk,
                             List<MarkedMatch> riskCues, Assessment assessment) {

    public FastTierResult {
        requireNonNull(text, "text");
        requireNonNull(direction, "direction");
        requireNonNull(assessment, "assessment");
        cues = List.copyOf(cues);
        risk = List.copyOf(risk);
        riskCues = List.copyOf(riskCues);
    }
}
