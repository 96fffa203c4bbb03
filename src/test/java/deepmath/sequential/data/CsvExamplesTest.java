package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExamplesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theLastColumnIsTheTargetAndTheHeaderIsSkipped() throws Exception {
        Path file = write("fit.csv", "x,y,z\n# a comment\n1,2,3\n4;5;6.5\n");
        Examples e = DataSource.standard().train("csv:" + file);
        assertEquals(2, e.count());
        assertEquals(List.of(2), e.shape());
        assertArrayEquals(new float[] {4, 5}, e.inputs()[1]);
        assertArrayEquals(new float[] {6.5f}, e.targets()[1]);
        assertTrue(e.classes().isEmpty());
        assertEquals("fit.csv", e.name());
    }

    @Test
    void severalTargetColumnsAndALimit() throws Exception {
        Path file = write("two.csv", "1,2,3\n4,5,6\n7,8,9\n");
        Examples e = DataSource.standard().train("csv:" + file + "?targets=2,limit=2");
        assertEquals(2, e.count());
        assertEquals(List.of(1), e.shape());
        assertArrayEquals(new float[] {5, 6}, e.targets()[1]);
    }

    @Test
    void aColumnOfWordsIsAClassLabelInAlphabeticalOrder() throws Exception {
        Path file = write("iris.csv", "length,width,species\n5.1,3.5,setosa\n7.0,3.2,versicolor\n5.0,3.4,\"setosa\"\n6.3,3.3,virginica\n");
        Examples e = DataSource.standard().train("csv:" + file);
        assertEquals(List.of("setosa", "versicolor", "virginica"), e.classes());
        assertArrayEquals(new float[] {1, 0, 0}, e.targets()[0]);
        assertArrayEquals(new float[] {0, 1, 0}, e.targets()[1]);
        assertArrayEquals(new float[] {1, 0, 0}, e.targets()[2]);
        assertEquals(2, e.label(3));
    }

    @Test
    void badFilesAreRefusedNamingTheLine() throws Exception {
        assertEquals("short.csv line 3: 2 values, the first line had 3",
                refusal("csv:" + write("short.csv", "1,2,3\n4,5,6\n7,8\n")));
        assertEquals("word.csv line 2: 'abc' is not a number (plain decimals, e.g. -1.5 or 2e-3)",
                refusal("csv:" + write("word.csv", "1,2,3\nabc,5,6\n")));
        assertEquals("lab.csv line 1: 'cat' is not a number; only a single target column may hold class names",
                refusal("csv:" + write("lab.csv", "1,2,cat\n") + "?targets=2"));
        assertEquals("one.csv: only one class (cat); a classification needs at least two",
                refusal("csv:" + write("one.csv", "1,cat\n2,cat\n")));
        assertEquals("wide.csv: 2 target columns leave no input column (lines have 2 values)",
                refusal("csv:" + write("wide.csv", "1,2\n") + "?targets=2"));
        assertEquals("empty.csv: no data (expected lines like 0.5, 1.2, 1)", refusal("csv:" + write("empty.csv", "a,b\n")));
        assertEquals("no such file: " + dir.resolve("none.csv"), refusal("csv:" + dir.resolve("none.csv")));
        assertEquals("csv: unknown option 'size' (known: limit, targets)", refusal("csv:" + dir.resolve("x.csv") + "?size=3"));
        assertEquals("csv: option 'targets' must be an integer from 1 to 1000, got 'two'",
                refusal("csv:" + dir.resolve("x.csv") + "?targets=two"));
    }

    private static String refusal(String data) {
        return assertThrows(BadInputException.class, () -> DataSource.standard().read(data)).getMessage();
    }
}
