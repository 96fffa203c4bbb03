package deepmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import deepmath.descent.PointCloud;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both CSV readers (data sets for the network, points for the descent lab) refuse what is not numbers. */
class CsvStrictnessTest {

    private static String refusal(String csv) {
        return assertThrows(BadInputException.class, () -> CsvData.read(csv, "d.csv")).getMessage();
    }

    @Test
    void javaStyleNumbersAreRefusedNamingTheLine() {
        assertEquals("d.csv line 2: '0x1p-1' is not a number (plain decimals, e.g. -1.5 or 2e-3)",
                refusal("0,1\n0x1p-1,1\n"));
        assertEquals("d.csv line 1: '1f' is not a number (plain decimals, e.g. -1.5 or 2e-3)", refusal("1f,2\n"));
        assertEquals("d.csv line 3: '2d' is not a number (plain decimals, e.g. -1.5 or 2e-3)",
                refusal("x,t\n1,2\n2d,3\n"));
        assertEquals("d.csv line 2: 'NaN' is not a number (plain decimals, e.g. -1.5 or 2e-3)", refusal("1,2\nNaN,1\n"));
        assertEquals("d.csv line 2: 'Infinity' is not a number (plain decimals, e.g. -1.5 or 2e-3)",
                refusal("1,2\nInfinity,1\n"));
        assertEquals("d.csv line 1: '1e400' is not a number (plain decimals, e.g. -1.5 or 2e-3)", refusal("1e400,1\n"));
    }

    @Test
    void aRowOfTextIsAnErrorNotSilentlyDropped() {
        // Before, every non-numeric line ahead of the first number was skipped as a "header".
        assertEquals("d.csv line 2: 'a' is not a number (plain decimals, e.g. -1.5 or 2e-3)",
                refusal("x,y,label\na,b,c\n1,2,0\n"));
        assertEquals("d.csv line 3: 'oops' is not a number (plain decimals, e.g. -1.5 or 2e-3)",
                refusal("x,t\n1,2\noops\n"));
        // A first line mixing names and numbers is neither a header nor data.
        assertEquals("d.csv line 1: 'x' is not a number (plain decimals, e.g. -1.5 or 2e-3)", refusal("x,1,0\n1,2,0\n"));
        // An empty cell is not a zero.
        assertEquals("d.csv line 2: '' is not a number (plain decimals, e.g. -1.5 or 2e-3)", refusal("1,2\n3,\n"));
    }

    @Test
    void theFirstLineMayBeAHeaderAfterCommentsAndQuotedCellsAreRead() {
        Dataset data = CsvData.read("# points\n\n\"x\",\"t\"\n\"1.5\",2\n-3,4e-1\n", "d.csv");
        assertEquals(2, data.size());
        assertArrayEquals(new double[] {1.5}, data.input(0));
        assertArrayEquals(new double[] {0.4}, data.target(1));
    }

    @Test
    void writingThenReadingLosesNoDigit() {
        double third = 1.0 / 3;
        Dataset data = new Dataset(new double[][] {{third, -2e-7}, {1e20, 0.1}}, new double[][] {{1}, {0}});
        Dataset back = CsvData.read(CsvData.write(data), "d.csv");
        for (int s = 0; s < data.size(); s++) {
            assertArrayEquals(data.input(s), back.input(s), 0.0, "exact, not to 6 digits");
            assertArrayEquals(data.target(s), back.target(s), 0.0);
        }
    }

    @Test
    void thePointsReaderHasTheSameRules(@TempDir Path folder) throws Exception {
        Path good = folder.resolve("good.csv");
        Files.writeString(good, "# line\nx;y\n0;1\n.5;2e0\n");
        PointCloud cloud = PointCloud.readCsv(good);
        assertArrayEquals(new double[] {0, 0.5}, cloud.xs());
        assertArrayEquals(new double[] {1, 2}, cloud.ys());
        String[][] cases = {
                {"0,1\n1,1f\n", "p.csv line 2: '1,1f' is not two numbers x,y (plain decimals, e.g. -1.5 or 2e-3)"},
                {"0,1\n0x1p-1,1\n", "p.csv line 2: '0x1p-1,1' is not two numbers x,y (plain decimals, e.g. -1.5 or 2e-3)"},
                {"x,y\nNaN,1\n0,1\n", "p.csv line 2: 'NaN,1' is not two numbers x,y (plain decimals, e.g. -1.5 or 2e-3)"},
                {"x,y\n0,1\nx,y\n1,2\n", "p.csv line 3: 'x,y' is not two numbers x,y (plain decimals, e.g. -1.5 or 2e-3)"},
                // Before, a third value was silently ignored.
                {"0,1,7\n1,2,8\n", "p.csv line 1: expected two values x,y, got '0,1,7'"},
        };
        Path bad = folder.resolve("p.csv");
        for (String[] c : cases) {
            Files.writeString(bad, c[0]);
            assertEquals(c[1], assertThrows(BadInputException.class, () -> PointCloud.readCsv(bad)).getMessage(), c[0]);
        }
    }

    @Test
    void quotedNumbersAreDataInBothReaders(@TempDir Path folder) throws Exception {
        // Before, the points reader had its own header rule: a first line of quoted numbers was dropped as a
        // header (and a later one refused), while the data-set reader read it as data.
        String text = "\"0\",\"1\"\n2,\"3\"\n";
        Path file = folder.resolve("q.csv");
        Files.writeString(file, text);
        PointCloud cloud = PointCloud.readCsv(file);
        assertArrayEquals(new double[] {0, 2}, cloud.xs());
        assertArrayEquals(new double[] {1, 3}, cloud.ys());
        Dataset data = CsvData.read(text, "q.csv");
        assertEquals(2, data.size());
        assertArrayEquals(new double[] {0}, data.input(0));
        assertArrayEquals(new double[] {3}, data.target(1));
    }
}
