package deepmath.conv;

/**
 * Polynomials as coefficient lists, constant term first ({@code {1, 2}} is 1 + 2x). Their product is the
 * 'full' convolution of the lists (book chapter 13): the coefficient of x^k collects every a_i·b_j with
 * i + j = k.
 */
public final class Polynomials {
    private Polynomials() {
    }

    public static double[] multiply(double[] a, double[] b) {
        return Convolution1D.apply(a, b, ConvolutionSpec.BOOK.withSize(OutputSize.FULL));
    }

    /** {@code 1 + 2x − 3x^2}: terms with a zero coefficient left out. */
    public static String format(double[] coefficients) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < coefficients.length; k++) {
            double c = coefficients[k];
            if (c == 0) {
                continue;
            }
            boolean first = out.length() == 0;
            out.append(first ? (c < 0 ? "−" : "") : (c < 0 ? " − " : " + "));
            double abs = Math.abs(c);
            String number = MatrixText.number(abs);
            if (k == 0 || abs != 1) {
                out.append(number);
            }
            if (k >= 1) {
                out.append('x');
            }
            if (k >= 2) {
                out.append('^').append(k);
            }
        }
        return out.length() == 0 ? "0" : out.toString();
    }

    /** Parses a coefficient list {@code "1, 2, -3"} (constant first). */
    public static double[] parse(String text) {
        String[] parts = text.strip().split("[,\\s]+");
        double[] out = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            out[k] = MatrixText.number(parts[k].strip(), "polynomial", 0, k);
        }
        return out;
    }
}
