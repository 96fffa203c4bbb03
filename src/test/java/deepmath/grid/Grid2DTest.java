package deepmath.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

class Grid2DTest {

    @Test
    void nodesIncludeBothEdgesExactly() {
        Grid2D grid = new Grid2D(-2, 2, -1, 1, 5, 3);
        assertEquals(-2, grid.x(0));
        assertEquals(2, grid.x(4));
        assertEquals(0, grid.x(2), 1e-15);
        assertEquals(1, grid.y(2));
        assertEquals(1.0, grid.dx());
        assertEquals(7, grid.index(2, 1));
        assertEquals(-1.0f, grid.xs()[grid.index(1, 2)]);
        assertEquals(1.0f, grid.ys()[grid.index(1, 2)]);
    }

    @Test
    void emptyDomainsAndTinyGridsAreRefused() {
        assertThrows(BadInputException.class, () -> new Grid2D(1, 1, 0, 1, 10, 10));
        assertThrows(BadInputException.class, () -> new Grid2D(0, 1, 0, 1, 1, 10));
    }

    @Test
    void finiteRangeSkipsNaNAndInfinity() {
        Grid2D grid = new Grid2D(0, 1, 0, 1, 2, 2);
        GridValues values = new GridValues(grid, new float[] {Float.NaN, -3, Float.POSITIVE_INFINITY, 5});
        assertEquals(new GridValues.Range(-3, 5), values.finiteRange());
    }
}
