package deepmath.app.convolution;

import deepmath.conv.ConvolutionSpec;
import deepmath.conv.Signals;
import java.util.Arrays;

/**
 * Everything the signal tab shows: the signal (a preset, or the samples drawn with the mouse), the kernel as
 * typed (fractions allowed, so it is kept as text: "1/5, 1/5, …" and an unparsable draft both survive), the
 * spec, the slider's position and the two polynomials multiplied below.
 */
record SignalSettings(Shape shape, double[] drawn, String kernel, ConvolutionSpec spec, double position,
                      String polyP, String polyQ) {
    static final int SAMPLES = 120;
    static final SignalSettings DEFAULT = new SignalSettings(Shape.SINE, null, "1/5, 1/5, 1/5, 1/5, 1/5",
            ConvolutionSpec.BOOK, 40, "1, 2", "3, -1, 1");

    /** Where the samples come from. */
    enum Shape {
        SINE("sine"), STEPS("steps"), DRAWN("drawn"), BOOK_SINE("book-sine"), RADAR("radar");

        private final String key;

        Shape(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    SignalSettings {
        if (shape == Shape.DRAWN) {
            drawn = drawn == null ? new double[SAMPLES] : drawn.clone();
            if (drawn.length != SAMPLES) {
                throw new IllegalArgumentException("a drawn signal has " + SAMPLES + " samples, not " + drawn.length);
            }
        } else {
            drawn = null; // a preset's samples are computed, not stored
        }
        if (!(position >= 0 && position <= SAMPLES - 1)) {
            throw new IllegalArgumentException("position " + position);
        }
    }

    /** The samples the kernel slides over. */
    double[] samples() {
        return switch (shape) {
            case SINE -> Signals.noisySine(SAMPLES, 1);
            case STEPS -> Signals.steps(SAMPLES);
            case DRAWN -> drawn.clone();
            case BOOK_SINE -> Signals.bookSine();
            case RADAR -> Signals.radarEcho(1);
        };
    }

    /** The radar's pulse as the kernel field shows it. */
    static String radarPulseText() {
        return java.util.Arrays.stream(Signals.radarPulse()).mapToObj(deepmath.conv.MatrixText::number)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    public double[] drawn() {
        return drawn == null ? null : drawn.clone();
    }

    /**
     * Another signal. The book's two examples bring their kernel and operation: the sine its derivative kernel
     * [0, 1, −1] (chapter 11, line 12557), the radar echo its pulse, slid without the flip (chapter 13, line 15447).
     */
    SignalSettings withShape(Shape value) {
        return switch (value) {
            case BOOK_SINE -> new SignalSettings(value, null, "0, 1, -1", ConvolutionSpec.BOOK, position, polyP, polyQ);
            case RADAR -> new SignalSettings(value, null, radarPulseText(),
                    ConvolutionSpec.BOOK.withOperation(deepmath.conv.Operation.CORRELATION), 47.9, polyP, polyQ);
            default -> new SignalSettings(value, null, kernel, spec, position, polyP, polyQ);
        };
    }

    /** Drawn samples (the shape becomes "drawn"). */
    SignalSettings withDrawn(double[] samples) {
        return new SignalSettings(Shape.DRAWN, samples, kernel, spec, position, polyP, polyQ);
    }

    SignalSettings withKernel(String value) {
        return new SignalSettings(shape, drawn, value, spec, position, polyP, polyQ);
    }

    SignalSettings withSpec(ConvolutionSpec value) {
        return new SignalSettings(shape, drawn, kernel, value, position, polyP, polyQ);
    }

    SignalSettings withPosition(double value) {
        return new SignalSettings(shape, drawn, kernel, spec, value, polyP, polyQ);
    }

    SignalSettings withPolynomials(String p, String q) {
        return new SignalSettings(shape, drawn, kernel, spec, position, p, q);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignalSettings s && s.shape == shape && Arrays.equals(s.drawn, drawn)
                && s.kernel.equals(kernel) && s.spec.equals(spec) && Double.compare(s.position, position) == 0
                && s.polyP.equals(polyP) && s.polyQ.equals(polyQ);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(shape, Arrays.hashCode(drawn), kernel, spec, position, polyP, polyQ);
    }

    @Override
    public String toString() {
        return "SignalSettings[" + shape.key() + (drawn == null ? "" : " " + Arrays.toString(drawn)) + ", kernel '"
                + kernel + "', " + spec + ", position " + position + ", p '" + polyP + "', q '" + polyQ + "']";
    }
}
