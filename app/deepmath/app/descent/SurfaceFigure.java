package deepmath.app.descent;

import deepmath.viz.surface.Curve3D;
import deepmath.viz.surface.Marker3D;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.util.ArrayList;
import java.util.List;

/** The 3-D surface of a formula with each run's path on it, ending in a ball at the current point. */
final class SurfaceFigure {
    private final SurfaceView surface;

    SurfaceFigure(SurfaceView surface) {
        this.surface = surface;
        // From higher up than the function lab: the descent happens at the bottom of the bowl.
        surface.setHomeAngles(52, -30);
        // Seen from higher up the box is taller on screen: a little further away, its height labels stay inside.
        surface.setHomeDistance(1.12);
    }

    /** A new landscape: the surface itself. */
    void showSurface(DescentState state, LossLandscape l) {
        List<String> names = state.problem().parameters();
        surface.setAxisNames(names.get(0), names.get(1), "f");
        double[] w = l.window();
        surface.setSurface(l.values(), new SurfaceBox(w[0], w[1], w[2], w[3], l.zMin(), shownZMax(l)));
    }

    void drawPaths(DescentState state, LossLandscape landscape) {
        List<Curve3D> curves = new ArrayList<>();
        List<Marker3D> markers = new ArrayList<>();
        if (landscape != null) {
            for (RaceRun run : state.runs()) {
                SurfaceTrajectory path = trajectory(run, landscape);
                if (path.ball() == null) {
                    continue;
                }
                curves.add(new Curve3D(path.path(), run.color(), 1.3));
                double[][] its = path.iterates();
                int every = Math.max(1, its.length / 60);
                for (int k = 0; k < its.length - 1; k += every) {
                    markers.add(new Marker3D(its[k][0], its[k][1], its[k][2], run.color(), 2));
                }
                double[] ball = path.ball();
                markers.add(new Marker3D(ball[0], ball[1], ball[2], run.color(), 4.5));
            }
        }
        surface.setDecorations(curves, markers, List.of(), null);
    }

    /** The run's path on the shown surface (the formula's values, lifted a little above the mesh). */
    static SurfaceTrajectory trajectory(RaceRun run, LossLandscape landscape) {
        var objective = run.descent().objective();
        double[] p = new double[2];
        return SurfaceTrajectory.of(run.descent().iterates(), (x, y) -> {
            p[0] = x;
            p[1] = y;
            return objective.value(p);
        }, landscape.window(), landscape.zMin(), shownZMax(landscape));
    }

    /** The surface is cut above this height so that the bowl's bottom, where the descent goes, stays visible. */
    static double shownZMax(LossLandscape l) {
        double zMax = l.levels().length > 0 ? Math.min(l.zMax(), l.levels()[l.levels().length - 1] * 1.6) : l.zMax();
        return Math.max(zMax, l.zMin() + 1e-9);
    }
}
