package deepmath.language;

import deepmath.core.BadInputException;

/**
 * Principal component analysis, the book's {@code pca(X, k)} (ch. 17 §4.2): the points are centred on their
 * mean, the covariance C = XᵀX/(m − 1) is decomposed ({@link SymmetricEigen}, numpy's {@code eigh}), and each
 * point is projected on the k eigenvectors of the largest eigenvalues. With fewer points than dimensions (14 words
 * in R⁷⁶⁸) the m × m Gram matrix XXᵀ/(m − 1) has the same non-zero eigenvalues and gives the same coordinates
 * (its eigenvector uⱼ scaled by √((m − 1)λⱼ)), for a far smaller decomposition. Each axis's sign is fixed so that
 * its largest coefficient is positive (an eigenvector's sign is arbitrary).
 */
public record Pca(double[][] coordinates, double[] variances, double totalVariance) {

    /** The share of the total variance that component j carries. */
    public double explained(int j) {
        return totalVariance == 0 ? 0 : variances[j] / totalVariance;
    }

    public static Pca of(double[][] points, int k) {
        int m = points.length;
        if (m < 2) {
            throw new BadInputException(LanguageProblem.FEW_POINTS, m, 2);
        }
        int d = points[0].length;
        int dims = Math.min(k, Math.min(d, m));
        double[][] x = centred(points);
        double total = 0;
        for (double[] row : x) {
            for (double value : row) {
                total += value * value / (m - 1);
            }
        }
        double[][] coordinates = new double[m][k];
        double[] variances = new double[k];
        if (d <= m) {
            double[][] c = new double[d][d];
            for (double[] row : x) {
                for (int a = 0; a < d; a++) {
                    if (row[a] != 0) {
                        for (int b = 0; b < d; b++) {
                            c[a][b] += row[a] * row[b] / (m - 1);
                        }
                    }
                }
            }
            SymmetricEigen eigen = SymmetricEigen.of(c);
            for (int j = 0; j < dims; j++) {
                double[] axis = signed(eigen.vector(j));
                variances[j] = Math.max(0, eigen.values()[j]);
                for (int i = 0; i < m; i++) {
                    coordinates[i][j] = dot(x[i], axis);
                }
            }
        } else {
            double[][] gram = new double[m][m];
            for (int i = 0; i < m; i++) {
                for (int l = 0; l <= i; l++) {
                    gram[i][l] = gram[l][i] = dot(x[i], x[l]) / (m - 1);
                }
            }
            SymmetricEigen eigen = SymmetricEigen.of(gram);
            for (int j = 0; j < dims; j++) {
                double lambda = Math.max(0, eigen.values()[j]);
                variances[j] = lambda;
                double[] u = eigen.vector(j);
                // The axis in Rᵈ is Xᵀu/‖Xᵀu‖; its sign is fixed on that axis, as in the covariance branch.
                double[] axis = new double[d];
                for (int i = 0; i < m; i++) {
                    for (int a = 0; a < d; a++) {
                        axis[a] += x[i][a] * u[i];
                    }
                }
                double sign = signOfLargest(axis);
                double scale = Math.sqrt((m - 1) * lambda);
                for (int i = 0; i < m; i++) {
                    coordinates[i][j] = sign * u[i] * scale;
                }
            }
        }
        return new Pca(coordinates, variances, total);
    }

    static double[][] centred(double[][] points) {
        int m = points.length;
        int d = points[0].length;
        double[] mean = new double[d];
        for (double[] p : points) {
            if (p.length != d) {
                throw new BadInputException(LanguageProblem.DIMENSIONS, d, p.length);
            }
            for (int a = 0; a < d; a++) {
                mean[a] += p[a] / m;
            }
        }
        double[][] x = new double[m][d];
        for (int i = 0; i < m; i++) {
            for (int a = 0; a < d; a++) {
                x[i][a] = points[i][a] - mean[a];
            }
        }
        return x;
    }

    private static double[] signed(double[] axis) {
        double sign = signOfLargest(axis);
        for (int a = 0; a < axis.length; a++) {
            axis[a] *= sign;
        }
        return axis;
    }

    private static double signOfLargest(double[] axis) {
        int best = 0;
        for (int a = 1; a < axis.length; a++) {
            if (Math.abs(axis[a]) > Math.abs(axis[best])) {
                best = a;
            }
        }
        return axis[best] < 0 ? -1 : 1;
    }

    static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
