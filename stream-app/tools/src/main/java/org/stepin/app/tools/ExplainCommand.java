package org.stepin.app.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.stepin.app.cli.LexiconOption;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.Evidence;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.Tag;
import org.stepin.core.privacy.Span;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code detector explain "text"}: for analysts, the message with the triggering words in brackets,
 * each match with its category, weight and context marks, and the severity with its reason.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain how one message scores: triggering words, weights, context marks, severity.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The message (words are joined by spaces).")
    private List<String> words;

    @Option(names = "--direction", defaultValue = "INBOUND",
            description = "INBOUND (youth) or OUTBOUND (worker). Default: ${DEFAULT-VALUE}.")
    private Direction direction;

    @Option(names = "--json", description = "Print the assessment as JSON instead.")
    private boolean json;

    @Mixin
    private LexiconOption lexicons;

    @Mixin
    private DeepOption deep;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Detector detector = lexicons.detector();
        String text = String.join(" ", words);
        Assessment assessment = deep.assessor(detector).assess(text, direction);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
                    new AssessmentJson(mapper).toJson(TextNode.valueOf("explain"), text, assessment)));
        } else {
            print(out, text, assessment);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String text, Assessment assessment) {
        out.println("message:  " + highlight(text, assessment.evidence()));
        out.println("severity: " + assessment.severity() + " (" + assessment.reason() + ")");
        if (!assessment.scores().isEmpty()) {
            out.println("scores:   " + Arrays.stream(Category.values())
                    .filter(category -> assessment.score(category) > 0)
                    .map(category -> String.format(Locale.ROOT, "%s %.2f", category.id(), assessment.score(category)))
                    .collect(Collectors.joining(", ")));
        }
        if (assessment.evidence().isEmpty()) {
            out.println("evidence: none");
        } else {
            out.println("evidence:");
        }
        for (Evidence evidence : assessment.evidence()) {
            out.println(evidence.span().map(span -> String.format(Locale.ROOT,
                    "  [%d-%d] \"%s\"  %s  %s '%s'  weight %.2f -> %.2f%s", span.start(), span.end(),
                    evidence.words(text), categoryLabel(evidence), evidence.source().id(), evidence.entry(),
                    evidence.weight(), evidence.effectiveWeight(), marks(evidence)))
                    .orElseGet(() -> String.format(Locale.ROOT, "  %s  %s  probability %.2f -> combined score %.2f",
                            evidence.source().id(), categoryLabel(evidence), evidence.weight(),
                            evidence.effectiveWeight())));
            out.println("         from " + evidence.origin()
                    + (evidence.tags().isEmpty() ? "" : ", tags " + evidence.tags().stream()
                    .map(Tag::id).sorted().collect(Collectors.joining(","))));
            if (evidence.reviewed()) {
                out.println("         " + evidence.review());
            }
        }
        if (assessment.truncated()) {
            out.println("note:     message exceeded the analysis caps; its tail was not analysed");
        }
        out.println("lexicon " + assessment.lexiconVersion() + ", model " + assessment.modelVersion());
    }

    private static String categoryLabel(Evidence evidence) {
        return evidence.category() == evidence.lexiconCategory() ? evidence.category().id()
                : evidence.category().id() + " (from " + evidence.lexiconCategory().id() + ")";
    }

    private static String marks(Evidence evidence) {
        if (evidence.marks().isEmpty()) {
            return "";
        }
        return "  marks: " + evidence.marks().stream().map(ContextMark::id).collect(Collectors.joining(", "));
    }

    /** The text with each evidence span in brackets; overlapping spans are merged, evidence without words skipped. */
    static String highlight(String text, List<Evidence> evidence) {
        List<int[]> spans = new ArrayList<>();
        evidence.stream().flatMap(item -> item.span().stream()).sorted(Comparator.comparingInt(Span::start))
                .forEach(item -> {
                    int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                    if (last != null && item.start() <= last[1]) {
                        last[1] = Math.max(last[1], item.end());
                    } else {
                        spans.add(new int[] {item.start(), item.end()});
                    }
                });
        StringBuilder out = new StringBuilder(text.length() + spans.size() * 2);
        int position = 0;
        for (int[] span : spans) {
            out.append(text, position, span[0]).append('[').append(text, span[0], span[1]).append(']');
            position = span[1];
        }
        return out.append(text.substring(position)).toString();
    }
}
