package deepmath.app.descent;

import deepmath.descent.PlaneFit;
import deepmath.descent.PointCloud;
import deepmath.grid.GridValues;
import deepmath.viz.surface.Curve3D;
import deepmath.viz.surface.Marker3D;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * The plane fit in space, as the book draws it (ch. 8 §2.4, line 9490): the points (x_i, y_i, z_i), the first run's
 * plane z = a_k·x + b_k·y + c_k over the window, and each point's vertical gap to it (the error E_i is its square).
 */
final class PlaneFigure {
    /** Samples of the plane along each side. */
    static final int SAMPLES = 25;
    private static final Color POINT = Color.web("#24292f");
    private final SurfaceView surface;

    PlaneFigure(SurfaceView surface) {
        this.surface = surface;
    }

    void draw(DescentState state) {
        double[] w = state.window();
        PointCloud data = state.problem().data();
        RaceRun primary = state.primary();
        double[] p = primary.descent().last().point();
        GridValues heights = PlaneFit.heights(p, w, SAMPLES);
        double zMin = Double.POSITIVE_INFINITY;
        double zMax = Double.NEGATIVE_INFINITY;
        for (double z : data.zs()) {
            zMin = Math.min(zMin, z);
            zMax = Math.max(zMax, z);
        }
        GridValues.Range plane = heights.finiteRange();
        if (!plane.isEmpty()) {
            zMin = Math.min(zMin, plane.min());
            zMax = Math.max(zMax, plane.max());
        }
        if (!(zMax > zMin)) {
            zMin -= 1;
            zMax += 1;
        }
        surface.setAxisNames("x", "y", "z");
        surface.setSurface(heights, new SurfaceBox(w[0], w[1], w[2], w[3], zMin, zMax));
        List<Curve3D> gaps = new ArrayList<>();
        List<Marker3D> points = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            double x = data.xs()[i];
            double y = data.ys()[i];
            points.add(new Marker3D(x, y, data.zs()[i], POINT, 4));
            double on = PlaneFit.plane(p, x, y);
            if (Double.isFinite(on)) {
                gaps.add(new Curve3D(List.of(new double[] {x, y, data.zs()[i]}, new double[] {x, y, on}),
                        primary.color(), 1.2));
            }
        }
        surface.setDecorations(gaps, points, List.of(), null);
    }
}
