package org.stepin.app.evaluate.report;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.stepin.app.evaluate.Progress;

/**
 * Progress bars on stderr (me.tongfei progressbar), drawn in place with a carriage return, one per
 * scoring step. Only for a terminal: the command falls back to {@link Progress#silent()} otherwise.
 */
public final class TerminalProgress implements Progress.Factory {
    private static final int WIDTH = 100;

    private final PrintWriter err;

    public TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public Progress start(String task, long total) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setConsumer(new Consumer(err))
                .clearDisplayOnFinish().build();
        return new Progress() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /** Draws each rendering over the last one on the same line. */
    private static final class Consumer implements ProgressBarConsumer {
        private final PrintWriter err;

        Consumer(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            err.print('\r' + rendered);
            err.flush();
        }

        @Override
        public void clear() {
            err.print('\r' + " ".repeat(WIDTH) + '\r');
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
