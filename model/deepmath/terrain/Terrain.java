package deepmath.terrain;

import deepmath.core.BadInputException;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * A real terrain: an elevation grid in metres over a rectangle of longitudes and latitudes, laid out in kilometres
 * east and north of its south-west corner (x and y in km, h in m). The shipped one is the USGS grid around the
 * Jacksboro fault, Tennessee (resources/DATA.md).
 * <p>
 * Degrees become kilometres on a sphere of radius 6371 km, a degree of longitude shrunk by cos(mid-latitude): over
 * 30 km the error is far below the grid's own 3″ step, and slopes read in m per km come out right to a percent.
 */
public record Terrain(HeightField field, double west, double south, double dLongitude, double dLatitude) {
    /** The shipped grid: 403 × 344 heights, 236 m to 1076 m. */
    public static final String SHIPPED = "/terrain/jacksboro-fault.dem.gz";
    static final double EARTH_RADIUS_KM = 6371.0;

    /** Reads the shipped terrain from the class path. */
    public static Terrain shipped() {
        try (InputStream in = Terrain.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped terrain is missing from the class path: " + SHIPPED);
            }
            return read(new GZIPInputStream(in), SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the DEM1 layout (docs/tools/jacksboro_dem_to_grid.py): a text line "DEM1 columns rows west south dlon
     * dlat", then the heights as big-endian 16-bit integers, row by row from the south, west to east.
     */
    public static Terrain read(InputStream raw, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        String[] header = headerLine(in, name).split(" ");
        int columns;
        int rows;
        double[] corner = new double[4];
        try {
            if (header.length != 7 || !header[0].equals("DEM1")) {
                throw new NumberFormatException();
            }
            columns = Integer.parseInt(header[1]);
            rows = Integer.parseInt(header[2]);
            for (int k = 0; k < 4; k++) {
                corner[k] = Double.parseDouble(header[3 + k]);
            }
        } catch (NumberFormatException e) {
            throw new BadInputException(TerrainProblem.HEADER, name);
        }
        if (columns < 2 || rows < 2 || (long) columns * rows > 4_000_000 || !(corner[2] > 0) || !(corner[3] > 0)
                || Math.abs(corner[1]) > 89) {
            throw new BadInputException(TerrainProblem.HEADER, name);
        }
        float[] heights = new float[columns * rows];
        for (int k = 0; k < heights.length; k++) {
            try {
                heights[k] = in.readShort();
            } catch (EOFException e) {
                throw new BadInputException(TerrainProblem.TRUNCATED, name, k, heights.length);
            }
        }
        double midLatitude = Math.toRadians(corner[1] + corner[3] * (rows - 1) / 2);
        double kmPerDegree = Math.PI / 180 * EARTH_RADIUS_KM;
        double width = (columns - 1) * corner[2] * kmPerDegree * Math.cos(midLatitude);
        double height = (rows - 1) * corner[3] * kmPerDegree;
        Grid2D grid = new Grid2D(0, width, 0, height, columns, rows);
        return new Terrain(new HeightField(new GridValues(grid, heights)), corner[0], corner[1], corner[2], corner[3]);
    }

    private static String headerLine(DataInputStream in, String name) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || line.length() > 200) {
                throw new BadInputException(TerrainProblem.HEADER, name);
            }
            line.append((char) b);
        }
        return new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.US_ASCII);
    }

    public Grid2D grid() {
        return field.grid();
    }

    /** The lowest and highest heights of the grid, in metres. */
    public GridValues.Range range() {
        return field.heights().finiteRange();
    }

    /** The longitude and latitude (degrees) of the point x, y km east and north of the south-west corner. */
    public double[] degrees(double x, double y) {
        Grid2D g = grid();
        return new double[] {west + x / g.xMax() * (g.nx() - 1) * dLongitude,
            south + y / g.yMax() * (g.ny() - 1) * dLatitude};
    }
}
