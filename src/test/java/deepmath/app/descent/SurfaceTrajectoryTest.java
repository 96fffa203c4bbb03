package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.descent.Descent;
import deepmath.descent.FormulaObjective;
import deepmath.descent.Iterate;
import deepmath.descent.StepSchedule;
import deepmath.descent.StoppingRules;
import deepmath.expr.Formula;
import deepmath.optim.GradientDescent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The descent's path on the 3-D surface: on the surface (lifted a little), through every iterate, ending in the ball. */
class SurfaceTrajectoryTest {

    private static List<Iterate> run(String formula, double[] start, double step, int steps) {
        Descent d = new Descent(new FormulaObjective(Formula.parse(formula)), new GradientDescent(step),
                StepSchedule.constant(step), StoppingRules.steps(steps), start);
        d.run();
        return d.iterates();
    }

    @Test
    void theBooksRunLiesOnTheSurfaceLiftedByAFixedSmallHeight() {
        List<Iterate> its = run("a^2 + 3*b^2", new double[] {2, 1}, 0.2, 3);
        double zMin = 0;
        double zMax = 20;
        SurfaceTrajectory path = SurfaceTrajectory.of(its, (a, b) -> a * a + 3 * b * b,
                new double[] {-2.5, 2.5, -2.5, 2.5}, zMin, zMax);
        double lift = 0.012 * 20;
        assertTrue(path.path().size() > 3 * 10, "each step is sampled along the surface, not as one chord");
        for (double[] p : path.path()) {
            assertEquals(p[0] * p[0] + 3 * p[1] * p[1] + lift, p[2], 1e-12, "on the surface at " + p[0] + ", " + p[1]);
        }
        // The ball is the current iterate P(3) = (0.432, −0.008), f = 0.186816, lifted like the path.
        assertArrayEquals(new double[] {0.432, -0.008, 0.186816 + lift}, path.ball(), 1e-9);
        // The path goes through every iterate (the samples end each step exactly at P(k+1)).
        for (Iterate it : its) {
            boolean through = path.path().stream().anyMatch(p -> Math.abs(p[0] - it.point()[0]) < 1e-12
                    && Math.abs(p[1] - it.point()[1]) < 1e-12);
            assertTrue(through, "through P(" + it.k() + ")");
        }
        assertEquals(4, path.iterates().length);
    }

    @Test
    void onASaddleThePathFollowsTheSurfaceWhereTheChordWouldDiveUnderIt() {
        // f = a² − b²: from (0, −1) to (0, 1) the chord stays at f = −1 while the surface rises to 0 at b = 0.
        List<Iterate> its = List.of(new Iterate(0, new double[] {0, -1}, new double[] {0, 2}, -1),
                new Iterate(1, new double[] {0, 1}, new double[] {0, -2}, -1));
        SurfaceTrajectory path = SurfaceTrajectory.of(its, (a, b) -> a * a - b * b, new double[] {-2, 2, -2, 2}, -4, 4);
        double highest = path.path().stream().mapToDouble(p -> p[2]).max().orElseThrow();
        assertEquals(0 + SurfaceTrajectory.lift(-4, 4), highest, 0.01, "the path climbs over the saddle");
        assertEquals(0.096, SurfaceTrajectory.lift(-4, 4), 1e-12);
    }

    @Test
    void aDivergingRunStopsAtTheWindowsEdgeAndTheBallIsItsLastShownIterate() {
        List<Iterate> its = run("a^2 + 3*b^2", new double[] {2, 1}, 0.36, 12);
        SurfaceTrajectory path = SurfaceTrajectory.of(its, (a, b) -> a * a + 3 * b * b,
                new double[] {-4, 4, -4, 4}, 0, 40);
        for (double[] p : path.path()) {
            assertTrue(Math.abs(p[0]) <= 4 && Math.abs(p[1]) <= 4, "inside the window");
        }
        double[] lastInside = null;
        for (Iterate it : its) {
            if (Math.abs(it.point()[0]) > 4 || Math.abs(it.point()[1]) > 4) {
                break;
            }
            lastInside = it.point();
        }
        assertArrayEquals(new double[] {lastInside[0], lastInside[1]}, new double[] {path.ball()[0], path.ball()[1]}, 1e-12);
        assertTrue(path.iterates().length < its.size(), "b grows by a factor 1.16 per step: it leaves the window");
    }
}
