package deepmath.probability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chapter 16's worked examples with the book's numbers, each at its line of the book's text. */
class ProbabilityBookExamplesTest {

    @Test
    void softmaxOfTheBooksVectorLine16546() {
        SoftmaxLaw law = new SoftmaxLaw(SoftmaxLaw.BOOK_SCORES, 1);
        // the book writes the probabilities cut after four decimals: 0.8746 for 0.874672…
        assertArrayEquals(new double[] {0.0059, 0.0008, 0.8746, 0.1184, 0.0003}, law.probabilities(), 1e-4);
        assertEquals(2, law.argmax(), "argmax is the book's rank 3, counted from 1 (line 16516)");
    }

    @Test
    void meanSquaredAndAbsoluteErrorsLines16621To16666() {
        LossExample e = LossExample.SQUARED;
        assertEquals(0.08, LossTerms.of(LossKind.MSE, e.targets(), e.predicted()).loss(), 1e-12);
        assertEquals(0.24, LossTerms.of(LossKind.MAE, e.targets(), e.predicted()).loss(), 1e-12);
        // the book's first terms: (1 − 1.2)², (2 − 1.9)²
        assertEquals(0.04, LossTerms.of(LossKind.MSE, e.targets(), e.predicted()).terms()[0], 1e-12);
        assertEquals(0.01, LossTerms.of(LossKind.MSE, e.targets(), e.predicted()).terms()[1], 1e-12);
    }

    @Test
    void logarithmicErrorAndTheLastSamplesShareLines16694To16712() {
        LossExample e = LossExample.LOGARITHMIC;
        LossTerms log = LossTerms.of(LossKind.MSLE, e.targets(), e.predicted());
        LossTerms abs = LossTerms.of(LossKind.MAE, e.targets(), e.predicted());
        assertEquals(0.060, log.loss(), 5e-4);
        assertEquals(2.25, abs.loss(), 1e-12);
        assertEquals(0.55, abs.share(3), 0.01, "100 against 105: 5/9, the book's 55 % of the absolute error");
        assertTrue(log.share(3) < 0.01, "and less than 1 % of the logarithmic one: " + log.share(3));
    }

    @Test
    void binaryCrossEntropyLine16753() {
        LossExample e = LossExample.BINARY;
        LossTerms bce = LossTerms.of(LossKind.BCE, e.targets(), e.predicted());
        assertEquals(0.17, bce.loss(), 0.005);
        double byHand = -(Math.log(0.9) + Math.log(1 - 0.2) + Math.log(0.8) + Math.log(1.0) + Math.log(1 - 0.1)
                + Math.log(0.7)) / 6;
        assertEquals(byHand, bce.loss(), 1e-9);
    }

    @Test
    void heightsMeanVarianceAndStandardisedValuesLines16951To16994() {
        SampleStatistics s = SampleStatistics.of(SampleStatistics.BOOK_HEIGHTS);
        assertEquals(176.4, s.mean(), 1e-9);
        assertEquals(61.04, s.variance(), 1e-9);
        assertEquals(7.8, s.std(), 0.05);
        double[] z = Normalisation.STANDARD.apply(SampleStatistics.BOOK_HEIGHTS);
        assertArrayEquals(new double[] {-0.56, -1.46, 1.36, 0.59, -1.20, 0.97, -1.07, -0.31, 0.46, 1.23}, z, 0.01,
                "the book cuts the values after two decimals (−1.075… is written −1.07)");
    }

    @Test
    void ninetyFivePercentOfMenBetween161And192Line16983() {
        NormalLaw law = NormalLaw.fitted(SampleStatistics.of(SampleStatistics.BOOK_HEIGHTS));
        assertEquals(161, law.mean() - 2 * law.sigma(), 0.5);
        assertEquals(192, law.mean() + 2 * law.sigma(), 0.5);
        assertEquals(0.95, law.cdf(law.mean() + 2 * law.sigma()) - law.cdf(law.mean() - 2 * law.sigma()), 0.005,
                "the book's 95 % is 95.45 %");
    }
}
