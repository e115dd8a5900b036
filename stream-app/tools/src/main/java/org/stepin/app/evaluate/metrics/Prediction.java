package org.stepin.app.evaluate.metrics;

/**
 * One scored, labelled item: what a contender said and what the label says. Immutable.
 *
 * @param risk the contender's risk score; higher means more at risk (any scale, only its order matters)
 * @param alert true when the contender would alert at its own threshold
 * @param positive true when the label says a worker should be told
 */
public record Prediction(double risk, boolean alert, boolean positive) {

    public Prediction {
        if (Double.isNaN(risk)) {
            throw new IllegalArgumentException("risk is NaN");
        }
    }
}
