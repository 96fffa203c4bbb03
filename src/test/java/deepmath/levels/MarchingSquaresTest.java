package deepmath.levels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class MarchingSquaresTest {

    private static GridValues sample(Grid2D grid, DoubleBinaryOperator f) {
        float[] z = new float[grid.size()];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                z[grid.index(i, j)] = (float) f.applyAsDouble(grid.x(i), grid.y(j));
            }
        }
        return new GridValues(grid, z);
    }

    @Test
    void levelLinesOfXSquaredPlusYSquaredAreClosedCirclesOfRadiusSqrtC() {
        Grid2D grid = Grid2D.square(-2, 2, -2, 2, 201);
        GridValues values = sample(grid, (x, y) -> x * x + y * y);
        MarchingSquares squares = new MarchingSquares(values);
        for (double c : new double[] {0.25, 1, 2.5}) {
            List<ContourLine> lines = squares.lines(c);
            assertEquals(1, lines.size(), "one circle for c = " + c);
            ContourLine circle = lines.get(0);
            assertTrue(circle.closed());
            assertEquals(circle.xs()[0], circle.xs()[circle.size() - 1], 0);
            for (int k = 0; k < circle.size(); k++) {
                double r = Math.hypot(circle.xs()[k], circle.ys()[k]);
                assertEquals(Math.sqrt(c), r, 2e-3, "radius at vertex " + k);
            }
            double length = 0;
            for (int k = 1; k < circle.size(); k++) {
                length += Math.hypot(circle.xs()[k] - circle.xs()[k - 1], circle.ys()[k] - circle.ys()[k - 1]);
            }
            assertEquals(2 * Math.PI * Math.sqrt(c), length, 2e-3 * length);
        }
    }

    @Test
    void aCircleCutByTheBorderIsOneOpenLine() {
        Grid2D grid = Grid2D.square(0, 2, 0, 2, 101);
        List<ContourLine> lines = new MarchingSquares(sample(grid, (x, y) -> x * x + y * y)).lines(1);
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).closed());
        double[] ends = {lines.get(0).xs()[0], lines.get(0).xs()[lines.get(0).size() - 1]};
        java.util.Arrays.sort(ends);
        assertArrayEquals(new double[] {0, 1}, ends, 1e-9);
    }

    @Test
    void saddleLevelZeroOfXSquaredMinusYSquaredGivesFourOpenHalfDiagonals() {
        Grid2D grid = Grid2D.square(-1, 1, -1, 1, 50);
        List<ContourLine> lines = new MarchingSquares(sample(grid, (x, y) -> x * x - y * y)).lines(0.3);
        assertEquals(2, lines.size(), "x² − y² = 0.3: two branches of a hyperbola");
        for (ContourLine line : lines) {
            assertFalse(line.closed());
            for (int k = 0; k < line.size(); k++) {
                double x = line.xs()[k];
                double y = line.ys()[k];
                assertEquals(0.3, x * x - y * y, 2e-3);
            }
        }
    }

    @Test
    void twoSeparateBumpsGiveTwoLoops() {
        Grid2D grid = Grid2D.square(-3, 3, -3, 3, 121);
        GridValues values = sample(grid, (x, y) -> Math.exp(-((x - 1.5) * (x - 1.5) + y * y))
                + Math.exp(-((x + 1.5) * (x + 1.5) + y * y)));
        List<ContourLine> lines = new MarchingSquares(values).lines(0.5);
        assertEquals(2, lines.size());
        assertTrue(lines.stream().allMatch(ContourLine::closed));
    }

    @Test
    void cellsWithNaNAreLeftOut() {
        Grid2D grid = Grid2D.square(-2, 2, -2, 2, 81);
        GridValues values = sample(grid, (x, y) -> x < 0 ? Double.NaN : x * x + y * y);
        List<ContourLine> lines = new MarchingSquares(values).lines(1);
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).closed());
        for (double x : lines.get(0).xs()) {
            assertTrue(x >= -0.06);
        }
    }

    @Test
    void niceLevelsAreRoundNumbersInsideTheRange() {
        assertArrayEquals(new double[] {0.5, 1, 1.5, 2, 2.5, 3, 3.5}, Levels.nice(0.2, 3.9, 7), 1e-12);
        assertArrayEquals(new double[] {-10, 0, 10}, Levels.nice(-17, 17, 3), 1e-12);
        assertEquals(0, Levels.nice(1, 1, 5).length);
        assertArrayEquals(new double[] {-1, 0.5, 2}, Levels.parse("2, -1 0.5"), 0);
    }

    @Test
    void manyLevelsAtOnceGiveTheSameLinesAsOneLevelAtATime() {
        Grid2D grid = Grid2D.square(-2, 2, -2, 2, 97);
        GridValues values = sample(grid, (x, y) -> x * Math.exp(-x * x - y * y) + 0.1 * Math.sin(3 * y));
        double[] levels = Levels.evenly(-0.5, 0.5, 13);
        MarchingSquares squares = new MarchingSquares(values);
        List<ContourLine> together = squares.lines(levels);
        int index = 0;
        for (double level : levels) {
            for (ContourLine single : new MarchingSquares(values).lines(level)) {
                ContourLine same = together.get(index++);
                assertEquals(level, same.level());
                assertArrayEquals(single.xs(), same.xs(), 0);
                assertArrayEquals(single.ys(), same.ys(), 0);
                assertEquals(single.closed(), same.closed());
            }
        }
        assertEquals(index, together.size());
    }
}
