package deepmath.app.function;

/** The numbers shown for the picked point: f, ∇f and the Hessian there. */
record PointReport(double x, double y, double value, double fx, double fy, double[][] hessian) {
}
