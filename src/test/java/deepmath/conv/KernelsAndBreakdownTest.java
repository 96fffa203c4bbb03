package deepmath.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

class KernelsAndBreakdownTest {

    @Test
    void kernelTextAcceptsFractionsAndRejectsRaggedRows() {
        Kernel blur = Kernel.parse("1/9,1/9,1/9; 1/9,1/9,1/9 ;1/9,1/9,1/9");
        assertEquals(1.0, blur.sum(), 1e-12);
        assertEquals(KernelLibrary.get("blur"), blur);
        BadInputException ragged = assertThrows(BadInputException.class, () -> Kernel.parse("1,2;3"));
        assertEquals("the kernel's row 2 has 1 entries, row 1 has 2", ragged.getMessage());
        BadInputException word = assertThrows(BadInputException.class, () -> Kernel.parse("1,x;3,4"));
        assertEquals("the kernel's entry 'x' (row 1, column 2) is not a number", word.getMessage());
        assertThrows(BadInputException.class, () -> new Kernel(16, 1, new double[16]));
    }

    @Test
    void everyBookKernelIsInTheLibrary() {
        assertEquals(Kernel.parse("0,-1,0;-1,5,-1;0,-1,0"), KernelLibrary.get("sharpen"));
        assertEquals(Kernel.parse("-1,-1,-1;2,2,2;-1,-1,-1"), KernelLibrary.get("horizontal"));
        assertEquals(Kernel.parse("-2,-1,0;-1,1,1;0,1,2"), KernelLibrary.get("emboss"));
        assertEquals(1.0, KernelLibrary.get("gaussian").sum(), 1e-12);
        assertEquals(1.0, KernelLibrary.get("gaussian-5").sum(), 1e-12);
        assertEquals(1.0, KernelLibrary.get("blur-5").sum(), 1e-12);
        assertEquals(1.0, KernelLibrary.get("unsharp-mask").sum(), 1e-12);
        assertEquals(0.0, KernelLibrary.get("edges").sum(), 1e-12);
        assertEquals(0.0, KernelLibrary.get("laplacian-of-gaussian").sum(), 1e-12);
        assertEquals(KernelLibrary.get("emboss"), KernelLibrary.byNameOrText("Emboss"));
        assertEquals("0,1,0;1,-4,1;0,1,0", KernelLibrary.get("edges-cross").toText());
    }

    @Test
    void normalisingDividesBySumAndLeavesZeroSumKernels() {
        assertEquals(KernelLibrary.get("gaussian").toText(), Kernel.parse("1,2,1;2,4,2;1,2,1").normalised().toText());
        assertEquals(KernelLibrary.get("edges"), KernelLibrary.get("edges").normalised());
    }

    @Test
    void theBreakdownOfACellIsTheBooksFigureAndEqualsTheEngine() {
        Plane a = Plane.of(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}});
        Kernel m = Kernel.parse("1,2,3;4,5,6;7,8,9");
        Plane out = new DirectConvolution().apply(a, m, ConvolutionSpec.BOOK);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(out.get(i, j), CellBreakdown.of(a, m, ConvolutionSpec.BOOK, i, j).sum(), 1e-4);
            }
        }
        // Corner (0, 0): the flipped kernel 9 8 7 / 6 5 4 / 3 2 1 centred on a(0, 0); five taps on virtual zeros.
        CellBreakdown corner = CellBreakdown.of(a, m, ConvolutionSpec.BOOK, 0, 0);
        assertEquals(9, corner.terms().get(0).weight());
        assertFalse(corner.terms().get(0).inside());
        assertEquals(5 * 1 + 4 * 2 + 2 * 5 + 1 * 6, corner.sum(), 1e-9);
        assertEquals(5, corner.terms().stream().filter(t -> !t.inside()).count());
        assertTrue(corner.anchor(m, ConvolutionSpec.BOOK).inside());
        assertEquals(1, corner.anchor(m, ConvolutionSpec.BOOK).value());
    }

    @Test
    void numbersPrintWithoutADecimalPointWhenIntegral() {
        assertEquals("12", MatrixText.number(12.0));
        assertEquals("-3", MatrixText.number(-3.0));
        assertEquals("0.5", MatrixText.number(0.5));
        assertEquals("1", MatrixText.number(0.99999994f));
        assertArrayEquals(new double[] {0.25, 2}, MatrixText.parse("1/4,2", "matrix")[0], 0);
    }
}
