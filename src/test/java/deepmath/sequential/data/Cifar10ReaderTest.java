package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CIFAR-10 binary format on batches the test writes: a label byte, then the red plane (1024 bytes, row by row),
 * the green plane and the blue plane; the reader gives [32, 32, 3] with the channels last.
 */
class Cifar10ReaderTest {
    @TempDir
    Path dir;

    /** A record whose pixel (row, col) has red = row, green = col, blue = 200 + (row + col) % 50. */
    private static byte[] record(int label, int shift) {
        byte[] r = new byte[Cifar10Reader.RECORD];
        r[0] = (byte) label;
        for (int row = 0; row < 32; row++) {
            for (int col = 0; col < 32; col++) {
                int k = row * 32 + col;
                r[1 + k] = (byte) (row + shift);
                r[1 + 1024 + k] = (byte) col;
                r[1 + 2048 + k] = (byte) (200 + (row + col) % 50);
            }
        }
        return r;
    }

    private static byte[] concat(byte[]... records) {
        byte[] all = new byte[records.length * Cifar10Reader.RECORD];
        for (int i = 0; i < records.length; i++) {
            System.arraycopy(records[i], 0, all, i * Cifar10Reader.RECORD, Cifar10Reader.RECORD);
        }
        return all;
    }

    private Path batches() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("cifar-10-batches-bin"));
        Files.write(bin.resolve("data_batch_1.bin"), concat(record(3, 0), record(9, 1)));
        Files.write(bin.resolve("data_batch_2.bin"), concat(record(0, 2)));
        Files.write(bin.resolve("test_batch.bin"), concat(record(5, 3)));
        return bin;
    }

    @Test
    void theRgbPlanesBecomeChannelsLastAndTheLabelsOneHot() throws Exception {
        batches();
        TrainTest data = DataSource.standard().read("cifar10:" + dir); // the parent of cifar-10-batches-bin
        Examples train = data.train();
        assertEquals(3, train.count());
        assertEquals(List.of(32, 32, 3), train.shape());
        assertEquals(List.of(3, 9, 0), List.of(train.label(0), train.label(1), train.label(2)));
        assertEquals("cat", train.classes().get(train.label(0))); // keras's names without batches.meta.txt
        float[] x = train.inputs()[1]; // shift 1: red = row + 1
        int row = 7;
        int col = 20;
        int at = (row * 32 + col) * 3;
        assertArrayEquals(new float[] {(row + 1) / 255f, col / 255f, (200 + 27) / 255f},
                new float[] {x[at], x[at + 1], x[at + 2]});
        assertArrayEquals(new float[] {0, 0, 200 / 255f}, new float[] {train.inputs()[0][0], train.inputs()[0][1],
                train.inputs()[0][2]});
        Examples test = data.held().orElseThrow();
        assertEquals(1, test.count());
        assertEquals(5, test.label(0));
        assertEquals(3 / 255f, test.inputs()[0][0]);
    }

    @Test
    void theClassNamesComeFromBatchesMeta() throws Exception {
        Path bin = batches();
        Files.writeString(bin.resolve("batches.meta.txt"), "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n\n");
        Examples train = DataSource.standard().train("cifar10:" + bin + "?limit=2");
        assertEquals(2, train.count());
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), train.classes());
        Files.writeString(bin.resolve("batches.meta.txt"), "a\nb\n");
        assertEquals("batches.meta.txt: 2 class names, expected 10 (one per line)", refusal("cifar10:" + bin));
    }

    @Test
    void badBatchesAreRefused() throws Exception {
        Path bin = batches();
        Files.write(bin.resolve("data_batch_2.bin"), new byte[3000]);
        assertEquals("data_batch_2.bin: 3000 bytes is not a whole number of CIFAR-10 records (3073 bytes each:"
                + " a label and 32 × 32 × 3 pixels)", refusal("cifar10:" + bin));
        Files.write(bin.resolve("data_batch_2.bin"), concat(record(0, 0), record(12, 0)));
        assertEquals("data_batch_2.bin record 2: label 12, but there are 10 classes", refusal("cifar10:" + bin));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(empty + ": no CIFAR-10 batches (data_batch_1.bin … data_batch_5.bin, test_batch.bin)",
                refusal("cifar10:" + empty));
        assertEquals("no such folder: " + dir.resolve("nowhere"), refusal("cifar10:" + dir.resolve("nowhere")));
    }

    private static String refusal(String data) {
        return assertThrows(BadInputException.class, () -> DataSource.standard().read(data)).getMessage();
    }
}
