package deepmath.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.expr.Formula;
import deepmath.expr.GridEvaluation;
import deepmath.grid.Grid2D;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The level surface of a function of three variables (book line 2875: x² + y² + z², the squared distance to O;
 * line 7066: the level surface f = k, the gradient orthogonal to it): the sphere x² + y² + z² = r².
 */
class LevelSurfaceTest {
    private static final double R = 1.5;
    private static final LevelSurface.Field SQUARED_DISTANCE = (x, y, z) -> x * x + y * y + z * z;

    private static LevelSurface.Mesh sphere(int cells) {
        return LevelSurface.of(SQUARED_DISTANCE, new double[] {-2, 2, -2, 2, -2, 2}, cells, R * R);
    }

    @Test
    void line2875TheSphereOfRadiusRHasItsVerticesOnTheSphereAndAnAreaCloseToFourPiRSquared() {
        LevelSurface.Mesh mesh = sphere(40);
        assertTrue(mesh.triangles() > 1000, "triangles: " + mesh.triangles());
        double[] v = mesh.vertices();
        double worst = 0;
        for (int p = 0; p < v.length; p += 3) {
            worst = Math.max(worst, Math.abs(Math.sqrt(v[p] * v[p] + v[p + 1] * v[p + 1] + v[p + 2] * v[p + 2]) - R));
        }
        // linear interpolation of x² + y² + z² along an edge (0.1 long, 0.17 on a cube's diagonal) is off by ~h²/(4r)
        assertTrue(worst < 4e-3, "farthest vertex from the sphere: " + worst);
        double exact = 4 * Math.PI * R * R;
        assertEquals(exact, mesh.area(), 0.01 * exact);
        // finer cubes, closer area: the error shrinks
        double coarse = Math.abs(sphere(10).area() - exact);
        assertTrue(Math.abs(mesh.area() - exact) < coarse, "40 cubes no better than 10");
    }

    @Test
    void line7066EveryTriangleFacesTheGradientOutwardsAndTheSurfaceIsClosed() {
        LevelSurface.Mesh mesh = sphere(24);
        double[] v = mesh.vertices();
        double signedVolume = 0;
        for (int t = 0; t < v.length; t += 9) {
            double[] n = LevelSurface.normal(v, t);
            double cx = (v[t] + v[t + 3] + v[t + 6]) / 3;
            double cy = (v[t + 1] + v[t + 4] + v[t + 7]) / 3;
            double cz = (v[t + 2] + v[t + 5] + v[t + 8]) / 3;
            // ∇f = 2(x, y, z) points out of the sphere
            assertTrue(n[0] * cx + n[1] * cy + n[2] * cz > 0, "a triangle faces inwards at " + cx + ", " + cy + ", " + cz);
            signedVolume += (cx * n[0] + cy * n[1] + cz * n[2]) / 6; // divergence theorem, n has length 2·area
        }
        // a closed surface facing outwards encloses its volume (4/3)πr³: no hole between cubes
        assertEquals(4.0 / 3 * Math.PI * R * R * R, signedVolume, 0.02 * 4.0 / 3 * Math.PI * R * R * R);
    }

    @Test
    void aLevelNoValueReachesHasNoTrianglesAndANaNRegionIsLeftOut() {
        assertEquals(0, LevelSurface.of(SQUARED_DISTANCE, new double[] {-1, 1, -1, 1, -1, 1}, 8, 50).triangles());
        LevelSurface.Mesh half = LevelSurface.of((x, y, z) -> x < 0 ? Double.NaN : x * x + y * y + z * z,
                new double[] {-2, 2, -2, 2, -2, 2}, 40, R * R);
        double[] v = half.vertices();
        for (int p = 0; p < v.length; p += 3) {
            assertTrue(v[p] >= -0.1 - 1e-12, "a vertex in the NaN half: x = " + v[p]);
        }
        assertEquals(2 * Math.PI * R * R, half.area(), 0.05 * 2 * Math.PI * R * R);
    }

    @Test
    void line2875TheSliceZEqualsZ0OfTheSphereIsTheCircleOfRadiusRootOfRSquaredMinusZ0Squared() {
        double z0 = 0.9;
        Formula f = Formula.parse("x^2 + y^2 + z^2");
        var values = GridEvaluation.surface(f.withValues(Map.of("z", z0)), "x", "y", Grid2D.square(-2, 2, -2, 2, 200),
                Map.of());
        List<ContourLine> lines = MarchingSquares.lines(values, new double[] {R * R});
        assertEquals(1, lines.size());
        ContourLine circle = lines.get(0);
        assertTrue(circle.closed());
        double radius = Math.sqrt(R * R - z0 * z0);
        for (int k = 0; k < circle.size(); k++) {
            assertEquals(radius, Math.hypot(circle.xs()[k], circle.ys()[k]), 1e-3);
        }
    }
}
