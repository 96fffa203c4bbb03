package deepmath.terrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.grid.Grid2D;
import deepmath.levels.ContourLine;
import deepmath.levels.Levels;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The shipped elevation grid (USGS, Jacksboro fault; resources/DATA.md), read back: the heights typed here were
 * read from the original jacksboro_fault_dem.npz with numpy, not through the lab's converter or reader.
 */
class TerrainTest {
    private static final Terrain TERRAIN = Terrain.shipped();

    @Test
    void theShippedGridIs403By344From236To1076Metres() {
        Grid2D g = TERRAIN.grid();
        assertEquals(403, g.nx());
        assertEquals(344, g.ny());
        assertEquals(236, TERRAIN.range().min());
        assertEquals(1076, TERRAIN.range().max());
        // 3″ cells: 92.66 m north–south, 74.4 m east–west at 36.59° N; about 30 × 32 km
        assertEquals(0.0926628, g.dy(), 1e-6);
        assertEquals(0.0926628 * Math.cos(Math.toRadians(36.44625 + 344 * 0.000833333333 / 2)), g.dx(), 1e-6);
        // the npz gives the grid's outer edges (-84.41375 to -84.0779167, 36.44625 to 36.7329167): nodes are the
        // cells' centres, half a cell (1.5″ = 0.000416667°) inside
        assertArrayEquals(new double[] {-84.41375 + 0.000416667, 36.44625 + 0.000416667}, TERRAIN.degrees(0, 0), 1e-8);
        assertArrayEquals(new double[] {-84.0779166667 - 0.000416667, 36.7329166667 - 0.000416667},
                TERRAIN.degrees(g.xMax(), g.yMax()), 1e-8);
    }

    @Test
    void cornersAndNodesAreTheFileHeightsNorthUp() {
        HeightField h = TERRAIN.field();
        Grid2D g = h.grid();
        assertEquals(545, h.value(0, 0), 1e-9);            // south-west: the npz's last row, first column
        assertEquals(272, h.value(g.xMax(), 0), 1e-9);     // south-east
        assertEquals(483, h.value(0, g.yMax()), 1e-9);     // north-west: the npz's first row
        assertEquals(444, h.value(g.xMax(), g.yMax()), 1e-9);
        assertEquals(464, h.value(g.x(100), g.y(200)), 1e-9);
    }

    @Test
    void bilinearInterpolationInsideACell() {
        // the cell from node (100, 200): corners 464, 470 (east), 477 (north), 471 (north-east)
        HeightField h = TERRAIN.field();
        Grid2D g = h.grid();
        double x = g.x(100) + 0.25 * g.dx();
        double y = g.y(200) + 0.25 * g.dy();
        // (1 − t)((1 − s)·464 + s·470) + t((1 − s)·477 + s·471) at s = t = ¼: ¾·465.5 + ¼·475.5 = 468
        assertEquals(468.0, h.value(x, y), 1e-9);
        assertEquals((464 + 470 + 477 + 471) / 4.0, h.value(g.x(100) + 0.5 * g.dx(), g.y(200) + 0.5 * g.dy()), 1e-9);
        assertTrue(Double.isNaN(h.value(-0.001, 1)));
    }

    @Test
    void theGradientAtANodeIsTheGridsCentredDifference() {
        // neighbours of node (100, 200) in the npz: west 455, east 470, south 446, north 477
        HeightField h = TERRAIN.field();
        Grid2D g = h.grid();
        double[] grad = new double[2];
        double value = h.gradient(g.x(100), g.y(200), grad);
        assertEquals(464, value, 1e-9);
        assertEquals((470 - 455) / (2 * g.dx()), grad[0], 1e-6);
        assertEquals((477 - 446) / (2 * g.dy()), grad[1], 1e-6);
    }

    @Test
    void tenMetreContoursOfTheRealGridRunFrom240To1070() {
        TopographicMap map = new TopographicMap(TERRAIN, TopographicMap.BOOK_INTERVAL);
        double[] levels = map.levels();
        assertEquals(84, levels.length);
        assertEquals(240, levels[0]);
        assertEquals(1070, levels[levels.length - 1]);
        assertTrue(map.isIndex(250) && map.isIndex(1050) && !map.isIndex(1070) && !map.isIndex(240));
        // every vertex of every line is at its level on the bilinear terrain (vertices sit on cell edges)
        HeightField h = TERRAIN.field();
        java.util.Set<Double> drawn = new java.util.TreeSet<>();
        for (ContourLine line : map.lines()) {
            drawn.add(line.level());
            for (int k = 0; k < line.size(); k++) {
                assertEquals(line.level(), h.value(line.xs()[k], line.ys()[k]), 1e-6);
            }
        }
        assertEquals(84, drawn.size());
    }

    @Test
    void linesOfAPlaneAreParallelAndAsFarApartAsTheSlopeSays() {
        // h = 30x + 40y metres (x, y in km): |∇h| = 50 m per km, 5 %, lines 10 m apart are 200 m apart
        HeightField plane = synthetic(41, (x, y) -> 30 * x + 40 * y);
        Terrain t = new Terrain(plane, 0, 0, 1, 1);
        TopographicMap map = new TopographicMap(t, 10);
        TopographicMap.Slope s = map.at(0.5, 0.5);
        assertEquals(35, s.height(), 1e-6);
        assertEquals(30, s.dhdx(), 1e-6);
        assertEquals(40, s.dhdy(), 1e-6);
        assertEquals(5, s.percent(), 1e-7);
        assertEquals(Math.toDegrees(Math.atan(0.05)), s.degrees(), 1e-7);
        assertEquals(200, s.lineSpacing(10), 1e-5);
        // the line through the point is the level 35: perpendicular to ∇h = (30, 40)
        ContourLine through = s.through();
        assertEquals(35, through.level(), 1e-6);
        double tx = through.xs()[through.size() - 1] - through.xs()[0];
        double ty = through.ys()[through.size() - 1] - through.ys()[0];
        assertEquals(0, (30 * tx + 40 * ty) / (50 * Math.hypot(tx, ty)), 1e-6);
        // steepest descent goes straight along −∇h/|∇h| = (−0.6, −0.8) until the border y = 0
        double[] end = s.descent().get(s.descent().size() - 1);
        assertEquals(-0.6 / -0.8, (end[0] - 0.5) / (end[1] - 0.5), 1e-6);
        assertTrue(end[1] < 0.02);
    }

    @Test
    void descentOnTheRealTerrainGoesDownhillEveryStep() {
        TopographicMap map = new TopographicMap(TERRAIN, 10);
        Grid2D g = TERRAIN.grid();
        TopographicMap.Slope s = map.at(g.x(219), g.y(46) + 0.3);   // near the summit (1076 m at node (219, 46))
        assertTrue(s.descent().size() > 10);
        double previous = Double.POSITIVE_INFINITY;
        for (double[] p : s.descent()) {
            double h = TERRAIN.field().value(p[0], p[1]);
            assertTrue(h < previous || p == s.descent().get(0));
            previous = h;
        }
        // the first step leaves along −∇h
        double[] p1 = s.descent().get(1);
        double dx = p1[0] - s.x();
        double dy = p1[1] - s.y();
        assertEquals(-1, (dx * s.dhdx() + dy * s.dhdy()) / (Math.hypot(dx, dy) * s.steepness()), 0.02);
    }

    @Test
    void marchingSquaresOnAGridDrawTheCircleOfRadiusOne() {
        // h = x² + y² on [−2, 2]²: the level 1 is the unit circle, one closed line
        HeightField bowl = synthetic(161, (x, y) -> x * x + y * y);
        Terrain t = new Terrain(bowl, 0, 0, 1, 1);
        java.util.List<ContourLine> lines = deepmath.levels.MarchingSquares.lines(bowl.heights(), new double[] {1});
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).closed());
        double step = bowl.grid().dx();
        for (int k = 0; k < lines.get(0).size(); k++) {
            double r = Math.hypot(lines.get(0).xs()[k], lines.get(0).ys()[k]);
            assertEquals(1, r, step * step);   // linear interpolation along an edge errs by O(step²)
        }
        assertEquals(t.range().min(), 0, 1e-12);
    }

    @Test
    void levelsEveryIntervalAreExactMultiples() {
        assertArrayEquals(new double[] {0, 10, 20}, Levels.every(0, 20, 10));
        assertArrayEquals(new double[] {1400, 1410, 1420}, Levels.every(1395, 1425, 10));   // the book's c = 1400, 1410, 1420
        assertEquals(0, Levels.every(1, 9, 10).length);
    }

    @Test
    void aDamagedFileIsRefusedInOneLine() {
        BadInputException header = assertThrows(BadInputException.class, () -> Terrain.read(
                new ByteArrayInputStream("PNG 3 3\n".getBytes(StandardCharsets.US_ASCII)), "x.dem"));
        assertTrue(header.getMessage().startsWith("x.dem: not an elevation grid"));
        byte[] truncated = "DEM1 2 2 0 0 0.001 0.001\n\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        BadInputException cut = assertThrows(BadInputException.class, () -> Terrain.read(
                new ByteArrayInputStream(truncated), "y.dem"));
        assertEquals("y.dem: the file ends after 1 of its 4 heights", cut.getMessage());
    }

    private static HeightField synthetic(int n, java.util.function.DoubleBinaryOperator f) {
        Grid2D grid = n == 41 ? Grid2D.square(0, 1, 0, 1, n) : Grid2D.square(-2, 2, -2, 2, n);
        float[] v = new float[grid.size()];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[grid.index(i, j)] = (float) f.applyAsDouble(grid.x(i), grid.y(j));
            }
        }
        return new HeightField(new deepmath.grid.GridValues(grid, v));
    }
}
