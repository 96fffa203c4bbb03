package deepmath.descent;

import deepmath.core.BadInputException;
import deepmath.core.DecimalText;
import deepmath.data.CsvRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Points (x_i, y_i) of a data problem: generated with noise and a seed, clicked, or read from CSV; with a third
 * coordinate z_i (null otherwise) for the plane z = a·x + b·y + c fitted to points of space (book ch. 8 §2.4).
 */
public record PointCloud(double[] xs, double[] ys, double[] zs) {

    public PointCloud {
        if (xs.length != ys.length || zs != null && zs.length != xs.length) {
            throw new IllegalArgumentException("as many x as y (and z)");
        }
    }

    /** Points of the plane. */
    public PointCloud(double[] xs, double[] ys) {
        this(xs, ys, null);
    }

    /** Whether the points have a third coordinate z. */
    public boolean hasZ() {
        return zs != null;
    }

    public int size() {
        return xs.length;
    }

    /** One more point (x, y) of the plane (points of space take no clicked point: their z is unknown). */
    public PointCloud with(double x, double y) {
        if (hasZ()) {
            throw new IllegalStateException("a point of space needs its z");
        }
        double[] nx = java.util.Arrays.copyOf(xs, xs.length + 1);
        double[] ny = java.util.Arrays.copyOf(ys, ys.length + 1);
        nx[xs.length] = x;
        ny[ys.length] = y;
        return new PointCloud(nx, ny);
    }

    /** n points y = a·x + b + noise, x uniform in [xMin, xMax], Gaussian noise of standard deviation sigma. */
    public static PointCloud noisyLine(int n, double a, double b, double sigma, double xMin, double xMax, long seed) {
        Random random = new Random(seed);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = xMin + (xMax - xMin) * random.nextDouble();
            ys[i] = a * xs[i] + b + sigma * random.nextGaussian();
        }
        return new PointCloud(xs, ys);
    }

    /** n points around the circle of centre (cx, cy) and radius r, radial noise sigma. */
    public static PointCloud noisyCircle(int n, double cx, double cy, double r, double sigma, long seed) {
        Random random = new Random(seed);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * random.nextDouble();
            double radius = r + sigma * random.nextGaussian();
            xs[i] = cx + radius * Math.cos(t);
            ys[i] = cy + radius * Math.sin(t);
        }
        return new PointCloud(xs, ys);
    }

    /**
     * Reads "x,y" rows, split by {@link CsvRows} (the same separators, comments, header and quotes as a data
     * set's CSV): every data line must be two plain decimals ({@link DecimalText}); anything else is refused
     * with its line number.
     */
    public static PointCloud readCsv(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CsvRows.Row row : CsvRows.read(in)) {
                int number = row.line();
                String trimmed = row.text();
                String[] cells = row.cells();
                if (cells.length != 2) {
                    throw new BadInputException(DescentRefusal.POINTS_COUNT, file.getFileName(), number,
                            shorten(trimmed));
                }
                try {
                    rows.add(new double[] {DecimalText.parse(CsvRows.unquoted(cells[0])),
                            DecimalText.parse(CsvRows.unquoted(cells[1]))});
                } catch (NumberFormatException e) {
                    throw new BadInputException(DescentRefusal.POINTS_NOT_NUMBERS, file.getFileName(), number,
                            shorten(trimmed));
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInputException(DescentRefusal.NOT_UTF8, file.getFileName());
        }
        if (rows.size() < 2) {
            throw new BadInputException(DescentRefusal.TOO_FEW_POINTS, file.getFileName());
        }
        double[] xs = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] ys = rows.stream().mapToDouble(r -> r[1]).toArray();
        return new PointCloud(xs, ys);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
