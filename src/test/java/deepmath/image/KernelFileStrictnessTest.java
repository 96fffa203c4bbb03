package deepmath.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON kernel files follow the lab's JSON rules (StrictJson): one value, no repeated key. */
class KernelFileStrictnessTest {

    @Test
    void trailingTextAndRepeatedKeysAreRefused(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("k.json");
        Files.writeString(file, "{\"format\": \"deepmath-kernel\", \"rows\": [[0, 1], [1, 0]]}");
        assertEquals(2, KernelFiles.read(file).toRows().length);
        // Before: the text after the object was ignored and the second "rows" won.
        Files.writeString(file, "{\"rows\": [[0, 1], [1, 0]]} ]");
        assertTrue(assertThrows(BadInputException.class, () -> KernelFiles.read(file)).getMessage()
                .startsWith("kernel file 'k.json': text after the end of the JSON value"));
        Files.writeString(file, "{\"rows\": [[1]], \"rows\": [[2]]}");
        assertTrue(assertThrows(BadInputException.class, () -> KernelFiles.read(file)).getMessage()
                .startsWith("kernel file 'k.json': a key given twice ('rows')"));
        Files.writeString(file, "");
        assertEquals("kernel file 'k.json' has no \"rows\" array",
                assertThrows(BadInputException.class, () -> KernelFiles.read(file)).getMessage());
    }
}
