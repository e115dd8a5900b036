package org.stepin.app.evaluate;

/** Progress of one long step, for a progress bar on stderr. Implementations are thread-safe. */
public interface Progress extends AutoCloseable {
    /** Opens progress for a step. */
    @FunctionalInterface
    interface Factory {
        /** Progress for a step named {@code task} with {@code total} units of work. */
        Progress start(String task, long total);
    }

    /** A factory whose progress shows nothing. */
    static Factory silent() {
        return (task, total) -> new Progress() {
            @Override
            public void step() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** One unit of work done. */
    void step();

    /** The step is over. */
    @Override
    void close();
}
