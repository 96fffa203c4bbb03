package deepmath.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

/** The book's GradientTape examples (chapter 15 §2) by the lab's reverse-mode differentiation. */
class TensorGradientTest {
    @Test
    void derivativeOfXSquaredAt3IsLine16373() {
        TensorGradient g = GradientPreset.BOOK_SQUARE.compute();
        assertEquals(9, g.value().flat(0), 1e-12);
        assertEquals(6, g.dx().flat(0), 1e-12);
    }

    @Test
    void twoLnXPlusExpMinusXOnTfRangeIsLine16401() {
        TensorGradient g = GradientPreset.BOOK_LOG_EXP.compute();
        assertArrayEquals(new int[] {6}, g.value().shape());
        // The book prints y = [0.367, 1.034, ...] and f'(x) = [1.632, 1.110, ...], cut to three decimals.
        assertEquals(0.367, g.value().flat(0), 1e-3);
        assertEquals(1.034, g.value().flat(1), 1e-3);
        assertEquals(1.632, g.dx().flat(0), 1e-3);
        assertEquals(1.110, g.dx().flat(1), 1e-3);
        // Every point against f'(x) = 2/x − exp(−x) written by hand.
        for (int k = 0; k < 6; k++) {
            double x = 1 + 0.5 * k;
            assertEquals(2 * Math.log(x) + Math.exp(-x), g.value().flat(k), 1e-12);
            assertEquals(2 / x - Math.exp(-x), g.dx().flat(k), 1e-12);
        }
    }

    @Test
    void gradientOfXYSquaredAt2And3IsLine16408() {
        TensorGradient g = GradientPreset.BOOK_XY2.compute();
        assertEquals(18, g.value().flat(0), 1e-12);
        assertEquals(9, g.dx().flat(0), 1e-12);   // y²
        assertEquals(12, g.dy().flat(0), 1e-12);  // 2xy
        assertEquals(true, g.usesY());
    }

    @Test
    void aSharedNumberGetsTheSumOfItsDerivatives() {
        // x a vector, y one number: ∂(Σ x·y²)/∂y = Σ 2·x·y.
        TensorGradient g = TensorGradient.of("x*y^2", TensorText.parse("[1, 2, 3]"), Tensor.scalar(2));
        assertArrayEquals(new double[] {4, 4, 4}, g.dx().values(), 1e-12);
        assertEquals(2 * 2 * (1 + 2 + 3), g.dy().flat(0), 1e-12);
    }

    @Test
    void otherVariablesAndMismatchedShapesAreRefused() {
        assertEquals(TensorProblem.VARIABLES, assertThrows(BadInputException.class,
                () -> TensorGradient.of("x*z", Tensor.scalar(1), Tensor.scalar(1))).inputProblem());
        assertEquals(TensorProblem.GRADIENT_SHAPES, assertThrows(BadInputException.class,
                () -> TensorGradient.of("x*y", TensorText.parse("[1, 2]"), TensorText.parse("[1, 2, 3]"))).inputProblem());
    }
}
