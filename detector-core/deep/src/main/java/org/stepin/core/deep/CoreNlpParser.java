package org.stepin.core.deep;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.stepin.core.match.PhraseMatch;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Token;
import org.stepin.core.text.TokenKind;

/**
 * Stanford CoreNLP's neural dependency parser ({@code tokenize,ssplit,pos,depparse}, the {@code english_UD}
 * model from the {@code models} jar) over the fast tier's own tokens: their normalised forms (slang expanded,
 * leetspeak and elongations undone, contractions split), separated by spaces, one sentence a line as the fast
 * tier split them, so every parsed token is one fast-tier token. Lower-case "i" is given to the tagger as "I"; a
 * clitic {@code 's} the fast tier kept on its word ("no one's") is given as a token of its own, left out of the
 * graph.
 * Only the sentences holding a candidate are parsed, at most {@link #MAX_TOKENS} tokens in all. Loading takes
 * about 4 s and 340 MB of heap; a second instance reuses the loaded models (CoreNLP caches annotators by their
 * properties), so it costs neither. One instance serves one thread at a time (hold them in a pool).
 */
public final class CoreNlpParser implements DependencyParser {
    /** The annotators; no PCFG or shift-reduce constituency parser, no sentiment. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,depparse";
    /** Most tokens parsed for one message. */
    public static final int MAX_TOKENS = 160;

    private final StanfordCoreNLP pipeline;

    private CoreNlpParser(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models (seconds); never on the fast tier's path. */
    public static CoreNlpParser load() {
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        properties.setProperty("tokenize.whitespace", "true");
        properties.setProperty("ssplit.eolonly", "true");
        properties.setProperty("depparse.extradependencies", "NONE");
        return new CoreNlpParser(new StanfordCoreNLP(properties, false));
    }

    @Override
    public DependencyGraph parse(AnalyzedText text, List<PhraseMatch> around) {
        int[] sentence = DeepGate.sentences(text);
        boolean[] wanted = new boolean[text.size() == 0 ? 1 : sentence[text.size() - 1] + 1];
        for (PhraseMatch match : around) {
            wanted[sentence[match.firstToken()]] = true;
        }
        StringBuilder input = new StringBuilder();
        Map<Integer, Integer> tokenAt = new HashMap<>();
        int parsedTokens = 0;
        for (int i = 0; i < text.size() && parsedTokens < MAX_TOKENS; i++) {
            Token token = text.token(i);
            if (!wanted[sentence[i]]) {
                continue;
            }
            if (token.kind() == TokenKind.BREAK) {
                endLine(input);
                continue;
            }
            String form = token.kind() == TokenKind.PAUSE ? "," : token.form();
            if (token.kind() == TokenKind.EMOJI || form.isEmpty() || form.chars().anyMatch(Character::isWhitespace)) {
                continue;
            }
            boolean clitic = form.length() > 2 && form.endsWith("'s");
            String word = clitic ? form.substring(0, form.length() - 2) : form;
            tokenAt.put(input.length(), i);
            input.append(word.equals("i") ? "I" : word).append(' ');
            if (clitic) {
                input.append("'s ");
            }
            parsedTokens++;
        }
        DependencyGraph.Builder graph = DependencyGraph.builder(text.size());
        if (tokenAt.isEmpty()) {
            return graph.build();
        }
        Annotation document = new Annotation(input.toString());
        pipeline.annotate(document);
        for (CoreMap parsed : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            SemanticGraph dependencies = parsed.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            for (IndexedWord root : dependencies.getRoots()) {
                add(graph, tokenAt, root, null, "root");
            }
            for (SemanticGraphEdge edge : dependencies.edgeIterable()) {
                add(graph, tokenAt, edge.getDependent(), edge.getGovernor(), edge.getRelation().toString());
            }
        }
        return graph.build();
    }

    private static void add(DependencyGraph.Builder graph, Map<Integer, Integer> tokenAt, IndexedWord word,
                            IndexedWord governor, String relation) {
        Integer token = tokenAt.get(word.beginPosition());
        Integer head = governor == null ? Integer.valueOf(DependencyGraph.ROOT) : tokenAt.get(governor.beginPosition());
        if (token != null && head != null && !token.equals(head)) {
            graph.token(token, word.word().toLowerCase(Locale.ROOT), word.tag(), head, relation);
        }
    }

    private static void endLine(StringBuilder input) {
        if (input.length() > 0 && input.charAt(input.length() - 1) != '\n') {
            input.append('\n');
        }
    }
}
