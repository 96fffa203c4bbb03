package deepmath.app.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.expr.Formula;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * The book's first surface (ch. 4, line 3678): x² − y² on a 5 × 5 meshgrid of [−2, 2]², as numpy's
 * {@code meshgrid(linspace(-2, 2, 5), linspace(-2, 2, 5))} computes it. The surfaces lab draws it at resolution 5.
 */
class BookMeshgridTest {
    @Test
    void theSaddleOnTheBooksFiveByFiveGrid() {
        SurfaceRequest request = new SurfaceRequest(Formula.parse("x^2 - y^2"), "x", "y", new Rectangle2D(-2, -2, 4, 4),
                5, 0, 0, false, false, false);
        SurfaceResult result = SurfaceComputation.compute(request, deepmath.viz.color.ColorMap.VIRIDIS);
        float[] z = result.values().values();
        assertEquals(25, z.length);
        double[] line = {-2, -1, 0, 1, 2};
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                // row j holds y = line[j]: Z[j][i] = x_i² − y_j², e.g. Z at (2, −2) = 0, at (2, 0) = 4, at (0, 2) = −4
                assertEquals(line[i] * line[i] - line[j] * line[j], z[j * 5 + i], 1e-6, "at i=" + i + ", j=" + j);
            }
        }
    }
}
