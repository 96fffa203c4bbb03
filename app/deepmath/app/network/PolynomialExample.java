package deepmath.app.network;

import deepmath.nn.BackpropPresets;
import java.util.ArrayList;
import java.util.List;

/**
 * The under- and over-fitting tab's example (ch. 9, line 11124): the points fitted, the new point judged but not
 * fitted, and the degree of the least-squares polynomial. A value (lists copied, never changed in place), so the
 * lab's state and its session compare it by its numbers.
 */
record PolynomialExample(List<Double> xs, List<Double> ys, double newX, double newY, int degree) {
    /** At most this many points (degree 9 at most); two at least, the fewest a line needs. */
    static final int MAX_POINTS = 10;
    static final int MIN_POINTS = 2;
    /** The lab's example (the book draws it without numbers): four points, the new point at x₀ = 5, the line. */
    static final PolynomialExample LAB = new PolynomialExample(list(BackpropPresets.FOUR_POINTS_X),
            list(BackpropPresets.FOUR_POINTS_Y), BackpropPresets.NEW_POINT[0], BackpropPresets.NEW_POINT[1], 1);

    PolynomialExample {
        xs = List.copyOf(xs);
        ys = List.copyOf(ys);
        if (xs.size() != ys.size() || xs.size() < MIN_POINTS || xs.size() > MAX_POINTS) {
            throw new IllegalArgumentException("between 2 and 10 points, as many x as y: " + xs + ", " + ys);
        }
        // a point added or removed keeps the degree asked for where the points allow it
        degree = Math.max(0, Math.min(degree, xs.size() - 1));
    }

    int size() {
        return xs.size();
    }

    double[] xArray() {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double[] yArray() {
        return ys.stream().mapToDouble(Double::doubleValue).toArray();
    }

    PolynomialExample withDegree(int value) {
        return new PolynomialExample(xs, ys, newX, newY, value);
    }

    PolynomialExample withNewPoint(double x, double y) {
        return new PolynomialExample(xs, ys, x, y, degree);
    }

    PolynomialExample withPoint(int index, double x, double y) {
        List<Double> x2 = new ArrayList<>(xs);
        List<Double> y2 = new ArrayList<>(ys);
        x2.set(index, x);
        y2.set(index, y);
        return new PolynomialExample(x2, y2, newX, newY, degree);
    }

    /** One more point, or this example when it has {@link #MAX_POINTS} already. */
    PolynomialExample withAdded(double x, double y) {
        if (size() >= MAX_POINTS) {
            return this;
        }
        List<Double> x2 = new ArrayList<>(xs);
        List<Double> y2 = new ArrayList<>(ys);
        x2.add(x);
        y2.add(y);
        return new PolynomialExample(x2, y2, newX, newY, degree);
    }

    /** Without the point {@code index}, or this example when only {@link #MIN_POINTS} are left. */
    PolynomialExample withRemoved(int index) {
        if (size() <= MIN_POINTS) {
            return this;
        }
        List<Double> x2 = new ArrayList<>(xs);
        List<Double> y2 = new ArrayList<>(ys);
        x2.remove(index);
        y2.remove(index);
        return new PolynomialExample(x2, y2, newX, newY, degree);
    }

    private static List<Double> list(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
