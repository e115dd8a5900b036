package org.stepin.core.train;

import org.stepin.core.combine.LogisticModel;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Fits a {@link LogisticModel} by Newton's method (iteratively reweighted least squares) with an L2
 * penalty on every weight but the bias. With a handful of features this is exact, fast and deterministic:
 * the same rows give the same weights, which keeps the build's model bytes reproducible. Hand-written
 * rather than taken from a library because it is forty lines and its numbers are easy to check (a test
 * compares it with a known solution). Stateless.
 */
public final class LogisticFit {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;

    private LogisticFit() {
    }

    /**
     * The maximum-penalised-likelihood model.
     *
     * @param features one feature vector per row, all the same length, first entry 1
     * @param labels the outcome of each row
     * @param l2 the penalty on non-bias weights, {@code >= 0}
     * @throws IllegalArgumentException when the rows are empty or of different lengths
     */
    public static LogisticModel fit(List<double[]> features, boolean[] labels, double l2) {
        requireNonNull(features, "features");
        if (features.isEmpty() || features.size() != labels.length) {
            throw new IllegalArgumentException("need one label per row and at least one row");
        }
        int k = features.get(0).length;
        double[] w = new double[k];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int row = 0; row < labels.length; row++) {
                double[] x = features.get(row);
                if (x.length != k) {
                    throw new IllegalArgumentException("row " + row + " has " + x.length + " features, not " + k);
                }
                double p = new LogisticModel(w).probability(x);
                double residual = (labels[row] ? 1 : 0) - p;
                double curvature = Math.max(p * (1 - p), 1e-12);
                for (int i = 0; i < k; i++) {
                    gradient[i] += residual * x[i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < k; i++) {
                gradient[i] -= l2 * w[i];
                hessian[i][i] += l2;
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < k; i++) {
                w[i] += step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        return new LogisticModel(w);
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; {@code a} is overwritten. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[] x = b.clone();
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swapRow = a[column];
            a[column] = a[pivot];
            a[pivot] = swapRow;
            double swap = x[column];
            x[column] = x[pivot];
            x[pivot] = swap;
            for (int row = column + 1; row < n; row++) {
                double factor = a[row][column] / a[column][column];
                x[row] -= factor * x[column];
                for (int j = column; j < n; j++) {
                    a[row][j] -= factor * a[column][j];
                }
            }
        }
        for (int row = n - 1; row >= 0; row--) {
            double sum = x[row];
            for (int j = row + 1; j < n; j++) {
                sum -= a[row][j] * x[j];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }
}
