package deepmath.viz.plot;

/** How an axis maps values to positions. */
public enum Scale {
    LINEAR {
        @Override
        double forward(double value) {
            return value;
        }

        @Override
        double inverse(double position) {
            return position;
        }
    },
    /** Base 10; values ≤ 0 have no position (NaN). */
    LOG {
        @Override
        double forward(double value) {
            return value > 0 ? Math.log10(value) : Double.NaN;
        }

        @Override
        double inverse(double position) {
            return Math.pow(10, position);
        }
    };

    abstract double forward(double value);

    abstract double inverse(double position);
}
