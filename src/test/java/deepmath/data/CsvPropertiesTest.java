package deepmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.core.BadInputException;
import deepmath.core.DecimalText;
import deepmath.descent.PointCloud;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random CSV texts, cell by cell from numbers, Java-only numbers, words, blanks and quotes. Each is either
 * refused in one {@link BadInputException} line or read with nothing lost: every line but a header is a
 * sample, with exactly the values its cells spell.
 */
class CsvPropertiesTest {

    @Provide
    Arbitrary<String> cell() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf),
                Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
                Arbitraries.of("0x1p-1", "1f", "2d", "NaN", "Infinity", "-Infinity", "1e400", "1e-3", ".5", "5.",
                        "+3", "-", "", "x", "label", "\"1.5\"", "\"y\"", "1,5", " 2 ", "1e", "١"));
    }

    @Provide
    Arbitrary<String> csv() {
        Arbitrary<String> line = Arbitraries.oneOf(
                cell().list().ofMinSize(1).ofMaxSize(5).flatMap(cells -> Arbitraries.of(",", ";", "\t", " , ")
                        .map(separator -> String.join(separator, cells))),
                Arbitraries.of("", "# a comment", "   ", "x,y,label", "x,target"));
        return line.list().ofMaxSize(8).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 1000)
    void aCsvIsReadWithNothingLostOrRefusedInOneLine(@ForAll("csv") String text) {
        Dataset data;
        try {
            data = CsvData.read(text, "p.csv");
        } catch (BadInputException e) {
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            return;
        }
        List<String[]> rows = new ArrayList<>();
        boolean first = true;
        for (String line : text.split("\\R", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split("\\s*[,;\\t]\\s*", -1);
            if (first && CsvRows.isHeader(cells)) {
                first = false;
                continue;
            }
            first = false;
            rows.add(cells);
        }
        assertEquals(rows.size(), data.size(), "every data line is a sample");
        for (int s = 0; s < rows.size(); s++) {
            String[] cells = rows.get(s);
            double[] expected = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c].length() >= 2 && cells[c].startsWith("\"") && cells[c].endsWith("\"")
                        ? cells[c].substring(1, cells[c].length() - 1).strip() : cells[c];
                expected[c] = DecimalText.parse(cell);
            }
            double[] got = new double[cells.length];
            System.arraycopy(data.input(s), 0, got, 0, cells.length - 1);
            got[cells.length - 1] = data.target(s)[0];
            assertArrayEquals(expected, got, 0.0);
        }
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.doubles().between(-10, 10),
                Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3));
        return Arbitraries.integers().between(1, 3).flatMap(inputs ->
                value.array(double[].class).ofSize(inputs + 1).list().ofMinSize(1).ofMaxSize(6).map(rows -> {
                    double[][] x = new double[rows.size()][];
                    double[][] t = new double[rows.size()][];
                    for (int i = 0; i < rows.size(); i++) {
                        x[i] = java.util.Arrays.copyOf(rows.get(i), inputs);
                        t[i] = new double[] {rows.get(i)[inputs]};
                    }
                    return new Dataset(x, t);
                }));
    }

    @Property(tries = 1000)
    void writingThenReadingIsExact(@ForAll("datasets") Dataset data) {
        Dataset back = CsvData.read(CsvData.write(data), "d.csv");
        assertEquals(data.size(), back.size());
        for (int s = 0; s < data.size(); s++) {
            assertArrayEquals(data.input(s), back.input(s), 0.0);
            assertArrayEquals(data.target(s), back.target(s), 0.0);
        }
    }

    @Provide
    Arbitrary<String> points() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Combinators.combine(cell(), cell()).as((a, b) -> a + "," + b),
                cell(), Combinators.combine(cell(), cell(), cell()).as((a, b, c) -> a + ";" + b + ";" + c),
                Arbitraries.of("", "# c", "x,y"));
        return line.list().ofMaxSize(6).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 1000)
    void pointFilesAreReadOrRefusedInOneLine(@ForAll("points") String text) throws Exception {
        Path file = Files.createTempFile("points", ".csv");
        try {
            Files.writeString(file, text);
            PointCloud cloud = PointCloud.readCsv(file);
            long dataLines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
            // At most one header line is skipped.
            org.junit.jupiter.api.Assertions.assertTrue(cloud.size() == dataLines || cloud.size() == dataLines - 1,
                    cloud.size() + " points from " + dataLines + " lines");
        } catch (BadInputException e) {
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
