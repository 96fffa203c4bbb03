package deepmath.probability;

import deepmath.core.BadInputException;
import deepmath.nn.Loss;

/**
 * One error function on a data set (chapter 16 §2): each sample's term and their mean, the loss. The term of
 * a sample is the network's per-sample loss ({@link Loss}, the one the training uses) — (yᵢ − ŷᵢ)², |yᵢ − ŷᵢ|,
 * −[yᵢ ln ŷᵢ + (1 − yᵢ) ln(1 − ŷᵢ)], −Σⱼ yᵢⱼ ln ŷᵢⱼ — and for the logarithmic error the squared error of
 * ln(1 + y). Each sample's share of the total is what the book compares (the 55 % of the last sample's
 * absolute error against its under 1 % of the logarithmic error, line ~16690).
 */
public record LossTerms(LossKind kind, double loss, double[] terms) {

    public LossTerms {
        terms = terms.clone();
    }

    @Override
    public double[] terms() {
        return terms.clone();
    }

    /** Sample i's part of the sum, between 0 and 1 (0 for all when the sum is 0). */
    public double share(int i) {
        double sum = loss * terms.length;
        return sum == 0 ? 0 : terms[i] / sum;
    }

    /** The loss of one number per sample. */
    public static LossTerms of(LossKind kind, double[] targets, double[] predicted) {
        if (targets.length != predicted.length) {
            throw new BadInputException(ProbabilityProblem.LENGTHS, targets.length, predicted.length);
        }
        double[][] y = new double[targets.length][];
        double[][] p = new double[predicted.length][];
        for (int i = 0; i < y.length; i++) {
            y[i] = new double[] {targets[i]};
            p[i] = new double[] {predicted[i]};
        }
        return of(kind, y, p);
    }

    /** The loss of one row per sample (the categorical cross-entropy's probability vectors; one number for the others). */
    public static LossTerms of(LossKind kind, double[][] targets, double[][] predicted) {
        if (targets.length != predicted.length) {
            throw new BadInputException(ProbabilityProblem.LENGTHS, targets.length, predicted.length);
        }
        if (targets.length == 0) {
            throw new BadInputException(ProbabilityProblem.NO_VALUES, kind.key());
        }
        double[] terms = new double[targets.length];
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            double[] y = targets[i];
            double[] p = predicted[i];
            if (y.length != p.length) {
                throw new BadInputException(ProbabilityProblem.ROW_LENGTHS, i + 1, y.length, p.length);
            }
            terms[i] = term(kind, y, p);
            sum += terms[i];
        }
        return new LossTerms(kind, sum / terms.length, terms);
    }

    private static double term(LossKind kind, double[] y, double[] p) {
        return switch (kind) {
            case MSE -> Loss.MSE.value(p, y) * p.length;
            case MAE -> Loss.MAE.value(p, y) * p.length;
            case MSLE -> {
                double[] ly = new double[y.length];
                double[] lp = new double[p.length];
                for (int j = 0; j < y.length; j++) {
                    ly[j] = logOnePlus(y[j], ProbabilityProblem.LOG_TARGET);
                    lp[j] = logOnePlus(p[j], ProbabilityProblem.LOG_PREDICTION);
                }
                yield Loss.MSE.value(lp, ly) * p.length;
            }
            case BCE -> {
                probabilities(y, kind, ProbabilityProblem.TARGET_NOT_A_PROBABILITY);
                probabilities(p, kind, ProbabilityProblem.PREDICTION_NOT_A_PROBABILITY);
                yield Loss.BINARY_CROSS_ENTROPY.value(p, y) * p.length;
            }
            case CCE -> {
                probabilities(y, kind, ProbabilityProblem.TARGET_NOT_A_PROBABILITY);
                probabilities(p, kind, ProbabilityProblem.PREDICTION_NOT_A_PROBABILITY);
                yield Loss.CATEGORICAL_CROSS_ENTROPY.value(p, y);
            }
        };
    }

    private static double logOnePlus(double v, ProbabilityProblem problem) {
        if (!(v > -1)) {
            throw new BadInputException(problem, v);
        }
        return Math.log1p(v);
    }

    private static void probabilities(double[] values, LossKind kind, ProbabilityProblem problem) {
        for (double v : values) {
            if (!(v >= 0 && v <= 1)) {
                throw new BadInputException(problem, kind.key(), v);
            }
        }
    }
}
