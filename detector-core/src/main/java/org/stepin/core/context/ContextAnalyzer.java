package org.stepin.core.context;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stepin.core.match.PhraseMatch;

/** Runs every context stage over every match of a message. Immutable and thread-safe. */
public final class ContextAnalyzer {
    private final ContextMarker[] markers;

    /** An analyzer that runs {@code markers} in this order. */
    public ContextAnalyzer(List<ContextMarker> markers) {
        this.markers = List.copyOf(requireNonNull(markers, "markers")).toArray(new ContextMarker[0]);
    }

    /** The standard stages with their default reach. */
    public static ContextAnalyzer standard() {
        return new ContextAnalyzer(List.of(
                new NegationMarker(4),
                new HypotheticalMarker(6),
                new ThirdPersonMarker(),
                new FigurativeMarker(),
                new AcademicMarker(6),
                new ReportedSpeechMarker(),
                new PastMarker(8),
                new GamingMarker(),
                new AddresseeMarker(),
                new GenericMarker()));
    }

    /** Each of {@code matches} with its marks; the subject of each match is worked out once, for all stages. */
    public List<MarkedMatch> mark(MessageContext context, List<PhraseMatch> matches) {
        List<MarkedMatch> marked = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            PhraseMatch match = matches.get(i);
            Subject subject = Subject.of(context, match);
            EnumSet<ContextMark> marks = null; // most matches have no mark: no set for them
            for (ContextMarker marker : markers) {
                if (marker.applies(context, match, subject)) {
                    if (marks == null) {
                        marks = EnumSet.noneOf(ContextMark.class);
                    }
                    marks.add(marker.mark());
                }
            }
            marked.add(new MarkedMatch(match, marks == null ? Set.of() : marks));
        }
        return marked;
    }
}
