package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the table of iterates writes a vector. */
class IterateTableTest {
    @Test
    void aVectorIsWrittenAsTheBookDoesWithoutMinusZero() {
        assertEquals("(0.0770, 0.8070, -2.0050)", IterateTable.vector(new double[] {0.077, 0.807, -2.005}));
        assertEquals("(0.0000, 0.0000)", IterateTable.vector(new double[] {-0.0, -0.00001}));
    }

    /**
     * Regression: the 921 weights of the lemniscate network made a 9 000-character cell per line, measured at
     * every refresh while training, and the window froze in text layout.
     */
    @Test
    void aLargeNetworksLineShowsItsFirstNumbersOnly() {
        String line = IterateTable.vector(new double[921]);
        assertTrue(line.endsWith(", …)"), line);
        assertEquals(IterateTable.SHOWN, line.split(", ").length - 1, line);
    }
}
