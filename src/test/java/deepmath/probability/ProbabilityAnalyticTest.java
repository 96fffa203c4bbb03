package deepmath.probability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chapter 16's computations against independent ones: finite differences, sums by hand, the erf table. */
class ProbabilityAnalyticTest {

    @Test
    void jacobianMatchesCentralFiniteDifferencesAtSeveralTemperatures() {
        double[] x = {0.3, -1.2, 2.0, 0.7};
        for (double t : new double[] {0.5, 1, 3}) {
            double[][] j = new SoftmaxLaw(x, t).jacobian();
            double h = 1e-6;
            for (int c = 0; c < x.length; c++) {
                double[] plus = x.clone();
                double[] minus = x.clone();
                plus[c] += h;
                minus[c] -= h;
                double[] pp = new SoftmaxLaw(plus, t).probabilities();
                double[] pm = new SoftmaxLaw(minus, t).probabilities();
                for (int r = 0; r < x.length; r++) {
                    assertEquals((pp[r] - pm[r]) / (2 * h), j[r][c], 1e-8, "T=" + t + " ∂σ" + r + "/∂x" + c);
                }
            }
        }
    }

    @Test
    void jacobianHasTheBooksFormAndRowsSummingToZero() {
        SoftmaxLaw law = new SoftmaxLaw(SoftmaxLaw.BOOK_SCORES, 1);
        double[] p = law.probabilities();
        double[][] j = law.jacobian();
        assertEquals(p[2] * (1 - p[2]), j[2][2], 1e-15);
        assertEquals(-p[0] * p[3], j[0][3], 1e-15);
        for (double[] row : j) {
            assertEquals(0, java.util.Arrays.stream(row).sum(), 1e-15, "Σⱼ σⱼ = 1 whatever x");
        }
    }

    @Test
    void temperatureSharpensAndFlattensAndHugeScoresDoNotOverflow() {
        double[] cold = new SoftmaxLaw(SoftmaxLaw.BOOK_SCORES, 0.05).probabilities();
        double[] hot = new SoftmaxLaw(SoftmaxLaw.BOOK_SCORES, 1000).probabilities();
        assertEquals(1, cold[2], 1e-12);
        for (double p : hot) {
            assertEquals(0.2, p, 0.002);
        }
        double[] big = new SoftmaxLaw(new double[] {1000, 1001}, 1).probabilities();
        assertEquals(1 / (1 + Math.E), big[0], 1e-15);
        assertThrows(BadInputException.class, () -> new SoftmaxLaw(new double[] {1}, 0));
    }

    @Test
    void categoricalCrossEntropyByHand() {
        double[][] y = {{0, 0, 1}, {1, 0, 0}};
        double[][] p = {{0.1, 0.2, 0.7}, {0.5, 0.25, 0.25}};
        LossTerms cce = LossTerms.of(LossKind.CCE, y, p);
        assertArrayEquals(new double[] {-Math.log(0.7), -Math.log(0.5)}, cce.terms(), 1e-12);
        assertEquals((-Math.log(0.7) - Math.log(0.5)) / 2, cce.loss(), 1e-12);
    }

    @Test
    void lossesRefuseWhatTheyCannotTake() {
        assertThrows(BadInputException.class, () -> LossTerms.of(LossKind.MSE, new double[] {1, 2}, new double[] {1}));
        assertThrows(BadInputException.class, () -> LossTerms.of(LossKind.BCE, new double[] {1}, new double[] {1.5}));
        assertThrows(BadInputException.class, () -> LossTerms.of(LossKind.MSLE, new double[] {-1}, new double[] {0}));
        assertThrows(BadInputException.class, () -> LossTerms.of(LossKind.CCE, new double[][] {{0, 1}},
                new double[][] {{0.5, 0.25, 0.25}}));
        assertThrows(BadInputException.class, () -> LossKind.fromKey("hinge"));
    }

    @Test
    void normalLawAreasAreTheSixtyEightNinetyFiveNinetyNineRule() {
        assertEquals(0.682689492137086, NormalLaw.within(1), 1e-12);
        assertEquals(0.954499736103642, NormalLaw.within(2), 1e-12);
        assertEquals(0.997300203936740, NormalLaw.within(3), 1e-12);
        NormalLaw law = new NormalLaw(176.4, 7.8);
        // the density integrates to the distribution function (Simpson on [μ − σ, μ + 1.5σ])
        double a = law.mean() - law.sigma();
        double b = law.mean() + 1.5 * law.sigma();
        int n = 200;
        double sum = law.density(a) + law.density(b);
        for (int k = 1; k < n; k++) {
            sum += (k % 2 == 1 ? 4 : 2) * law.density(a + k * (b - a) / n);
        }
        assertEquals(law.cdf(b) - law.cdf(a), sum * (b - a) / n / 3, 1e-10);
        assertEquals(1 / (7.8 * Math.sqrt(2 * Math.PI)), law.density(176.4), 1e-15);
    }

    @Test
    void minMaxAndStandardisationGiveTheirRanges() {
        double[] minmax = Normalisation.MINMAX.apply(new double[] {0, 51, 255});
        assertArrayEquals(new double[] {0, 0.2, 1}, minmax, 1e-15);
        SampleStatistics z = SampleStatistics.of(Normalisation.STANDARD.apply(SampleStatistics.BOOK_HEIGHTS));
        assertEquals(0, z.mean(), 1e-12);
        assertEquals(1, z.std(), 1e-12);
        assertThrows(BadInputException.class, () -> Normalisation.STANDARD.apply(new double[] {3, 3}));
    }

    @Test
    void histogramAreaIsOne() {
        Histogram h = Histogram.of(SampleStatistics.BOOK_HEIGHTS, 160, 190, 6);
        assertArrayEquals(new int[] {0, 3, 2, 0, 3, 2}, h.counts());
        double area = 0;
        for (int k = 0; k < 6; k++) {
            area += h.density(k) * h.width();
        }
        assertEquals(1, area, 1e-12);
    }

    @Test
    void normalisedDescentReachesTheLineRawDescentCrawls() {
        double[] x = SampleStatistics.BOOK_HEIGHTS;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - 170;
        }
        NormalisedDescent.Comparison c = NormalisedDescent.compare(x, y, 60);
        assertEquals(1, c.normalised().slope(), 1e-9);
        assertEquals(-170, c.normalised().intercept(), 1e-6);
        assertTrue(c.normalised().finalLoss() < 1e-20);
        assertEquals(1, c.normalised().conditioning(), 1e-9, "standardised, the Hessian is 2·I");
        assertTrue(c.raw().conditioning() > 1e6);
        assertTrue(c.raw().finalLoss() > 0.3 * c.raw().losses()[0], "raw: still far " + c.raw().finalLoss());
    }

    @Test
    void droppedNeuronsPassZeroKeptOnesAreRescaledSoTheMeanIsKept() {
        Random random = new Random(1);
        double sum = 0;
        int draws = 20_000;
        int kept = 0;
        for (int k = 0; k < draws; k++) {
            DropoutMask mask = DropoutMask.draw(10, 0.8, random);
            double[] out = mask.apply(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
            for (int i = 0; i < 10; i++) {
                assertTrue(out[i] == 0 || Math.abs(out[i] - 1.25) < 1e-15);
                sum += out[i];
            }
            kept += mask.keptCount();
        }
        assertEquals(0.8, kept / (10.0 * draws), 0.005, "about 80 % kept (the book's p = 0.8, line 17107)");
        assertEquals(1, sum / (10.0 * draws), 0.01, "E[output] is the test phase's output");
        assertThrows(BadInputException.class, () -> DropoutMask.draw(3, 0, random));
    }

    @Test
    void dropoutNarrowsTheGapBetweenTrainingAndTestErrors() {
        DropoutTraining.Setup setup = new DropoutTraining.Setup(16, 12, 80, 0.3, 0.05, 1500, 7);
        DropoutTraining.Result r = DropoutTraining.run(setup, 0.8);
        int last = setup.steps();
        double plainGap = r.plain().testLoss()[last] - r.plain().trainLoss()[last];
        double dropGap = r.dropout().testLoss()[last] - r.dropout().trainLoss()[last];
        assertTrue(r.plain().trainLoss()[last] < 0.09, "without dropout it fits below the noise (0.3² = 0.09)");
        assertTrue(dropGap < plainGap / 2, "gap " + dropGap + " against " + plainGap);
        assertEquals(last, r.dropout().masks().size());
        assertTrue(r.plain().masks().isEmpty());
    }
}
