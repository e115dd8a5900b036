package org.stepin.app.evaluate.contender;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * VADER (Hutto and Gilbert 2014, Java port {@code com.github.apanimesh061:vader-sentiment-analyzer})
 * as a peer: general sentiment, not a risk detector. Risk score = minus the compound score (-1..1);
 * alert when compound <= -0.5, a common cut-off for "strongly negative". Thread-safe (one analyser per
 * call; the port keeps per-text state).
 */
public final class VaderContender implements Contender {
    /** Compound score at or below which the peer alerts. */
    public static final double ALERT_COMPOUND = -0.5;

    @Override
    public String name() {
        return "vader";
    }

    @Override
    public String rule() {
        return "risk = -compound; alert when compound <= " + ALERT_COMPOUND;
    }

    @Override
    public Risk score(Message message) {
        double compound = compound(message.text());
        return Risk.of(-compound, compound <= ALERT_COMPOUND, List.of());
    }

    /** VADER's compound score of {@code text}, -1 (most negative) to 1. */
    static double compound(String text) {
        if (text.isBlank()) {
            return 0;
        }
        try {
            SentimentAnalyzer analyzer = new SentimentAnalyzer(text);
            analyzer.analyze();
            Float compound = analyzer.getPolarity().get("compound");
            return compound == null || compound.isNaN() ? 0 : compound;
        } catch (IOException e) {
            throw new UncheckedIOException("VADER could not tokenise a text", e);
        }
    }
}
