package org.stepin.core.bench;

import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.stepin.core.Detector;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Analyzer;
import org.stepin.core.text.TokenKind;

/**
 * Where OpenNLP's sentence detector and the fast tier's tokenizer split the seed corpus differently: the
 * number of messages each reads as more than one sentence, and how many get a different sentence count.
 * Run: {@code java -cp ... org.stepin.core.bench.SentenceAgreement [--show]} (see BENCHMARKS.md).
 */
public final class SentenceAgreement {
    private SentenceAgreement() {
    }

    /** Prints the counts; with {@code --show}, also each message the two split differently. */
    public static void main(String[] args) {
        boolean show = args.length > 0 && args[0].equals("--show");
        SentenceDetectorME detector = new SentenceDetectorME(OpenNlpSentenceBenchmark.model());
        Analyzer analyzer = Detector.packaged().lexicon().analyzer();
        String[] messages = ChatMessages.load();
        int openNlpMulti = 0;
        int tokenizerMulti = 0;
        int differ = 0;
        for (String message : messages) {
            int byOpenNlp = detector.sentPosDetect(message).length;
            int byTokenizer = sentences(analyzer.analyze(message));
            openNlpMulti += byOpenNlp > 1 ? 1 : 0;
            tokenizerMulti += byTokenizer > 1 ? 1 : 0;
            if (byOpenNlp != byTokenizer) {
                differ++;
                if (show) {
                    System.out.printf(Locale.ROOT, "OpenNLP %d, tokenizer %d: %s%n", byOpenNlp, byTokenizer, message);
                }
            }
        }
        System.out.printf(Locale.ROOT, "messages: %d%nmore than one sentence, OpenNLP: %d%n"
                + "more than one sentence, fast-tier tokenizer: %d%ndifferent sentence counts: %d (%.1f%%)%n",
                messages.length, openNlpMulti, tokenizerMulti, differ, 100.0 * differ / messages.length);
    }

    /** Sentences in an analysed message: runs of words between sentence ends. */
    private static int sentences(AnalyzedText text) {
        int count = 0;
        boolean inSentence = false;
        for (int i = 0; i < text.size(); i++) {
            TokenKind kind = text.token(i).kind();
            if (kind == TokenKind.BREAK) {
                inSentence = false;
            } else if (kind.isWordLike() && !inSentence) {
                inSentence = true;
                count++;
            }
        }
        return count;
    }
}
