package deepmath.app.function;

import deepmath.expr.Numbers;
import deepmath.viz.i18n.Messages;

/** The readouts of a picked point, as text in the current language (no controls: the panels show it). */
final class PointText {
    private PointText() {
    }

    /** The surfaces lab: the point, f, ∇f, |∇f| and the Hessian as a 2×2 block with aligned columns. */
    static String surface(Messages messages, PointReport p, String xName, String yName, PointNumbers numbers) {
        String[] g = numbers.gradient(p.fx(), p.fy());
        String[] h = numbers.hessian(p.hessian());
        int left = Math.max(h[0].length(), h[2].length());
        int right = Math.max(h[1].length(), h[3].length());
        String indent = "  ";
        return messages.get("point.at", xName, yName, numbers.coordinate(p.x()), numbers.coordinate(p.y())) + "\n"
                + "f = " + numbers.value(p.value()) + "\n"
                + "∇f = (" + g[0] + ", " + g[1] + ")\n"
                + "|∇f| = " + numbers.gradientNorm(p.fx(), p.fy()) + "\n"
                + messages.get("point.hessian") + "\n"
                + indent + "[ " + pad(h[0], left) + "  " + pad(h[1], right) + " ]\n"
                + indent + "[ " + pad(h[2], left) + "  " + pad(h[3], right) + " ]";
    }

    /** The level-sets lab: the point, f, ∇f and the angle between ∇f and the level line (90°), or "critical". */
    static String levels(Messages messages, LevelSetsComputation.Request request, LevelSetsComputation.Result r) {
        PointNumbers numbers = new PointNumbers(request.window(), r.zMin(), r.zMax());
        String[] g = numbers.gradient(r.fx(), r.fy());
        StringBuilder text = new StringBuilder();
        text.append(messages.get("point.at", request.xName(), request.yName(), numbers.coordinate(request.x0()),
                numbers.coordinate(request.y0()))).append('\n');
        text.append("f = ").append(numbers.value(r.value())).append('\n');
        text.append("∇f = (").append(g[0]).append(", ").append(g[1]).append(")\n");
        double angle = r.angleDegrees();
        if (numbers.critical(r.fx(), r.fy())) {
            text.append(messages.get("levels.critical"));
        } else if (Double.isFinite(angle)) {
            text.append(messages.get("levels.angle", Numbers.format(angle, 4)));
        }
        return text.toString();
    }

    private static String pad(String s, int width) {
        return " ".repeat(width - s.length()) + s;
    }
}
