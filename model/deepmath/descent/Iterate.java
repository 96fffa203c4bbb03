package deepmath.descent;

/** One row of the book's table: P(k), grad f(P(k)) and f(P(k)). */
public record Iterate(int k, double[] point, double[] gradient, double value) {

    public double gradientNorm() {
        double s = 0;
        for (double g : gradient) {
            s += g * g;
        }
        return Math.sqrt(s);
    }
}
