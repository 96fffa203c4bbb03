package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** .npy files the test writes byte by byte as numpy lays them out, and the shipped lfw_subset.npy. */
class NpyArrayTest {
    /** numpy's layout: magic, version, header length, the dict padded with spaces to 64 bytes and a newline, data. */
    static byte[] npy(int major, String descr, String shape, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int prefix = major == 1 ? 10 : 12;
        int padded = ((prefix + dict.length() + 1 + 63) / 64) * 64 - prefix;
        String header = dict + " ".repeat(padded - dict.length() - 1) + "\n";
        ByteBuffer b = ByteBuffer.allocate(prefix + padded + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            b.putShort((short) padded);
        } else {
            b.putInt(padded);
        }
        b.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        return b.array();
    }

    private static byte[] doubles(ByteOrder order, double... values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(order);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    @Test
    void float64InCOrder() {
        NpyArray a = NpyArray.read(npy(1, "<f8", "(2, 3)", doubles(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4.5, -5, 6)), "a.npy");
        assertEquals(List.of(2, 3), a.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4.5, -5, 6}, a.values());
    }

    @Test
    void otherTypesByteOrdersAndVersions() {
        assertArrayEquals(new double[] {0.25, -2},
                NpyArray.read(npy(2, ">f8", "(2,)", doubles(ByteOrder.BIG_ENDIAN, 0.25, -2)), "b.npy").values());
        assertArrayEquals(new double[] {0, 200, 255},
                NpyArray.read(npy(1, "|u1", "(3,)", new byte[] {0, (byte) 200, (byte) 255}), "c.npy").values());
        ByteBuffer ints = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(-7).putInt(70000);
        assertArrayEquals(new double[] {-7, 70000}, NpyArray.read(npy(3, "<i4", "(1, 2)", ints.array()), "d.npy").values());
        ByteBuffer floats = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f);
        NpyArray scalar = NpyArray.read(npy(1, "<f4", "()", floats.array()), "e.npy");
        assertEquals(List.of(), scalar.shape());
        assertArrayEquals(new double[] {1.5}, scalar.values());
    }

    @Test
    void badFilesAreRefusedNamingTheFile() {
        assertEquals("x.npy is not a NumPy .npy file", refusal("PK\3\4 not numpy at all".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x.npy: the header announces 6 values, the file holds 5",
                refusal(npy(1, "<f8", "(2, 3)", doubles(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4, 5))));
        assertEquals("x.npy: element type '<c16' is not read (known: float64, float32, uint8, int32, int64)",
                refusal(npy(1, "<c16", "(1,)", new byte[16])));
        byte[] fortran = npy(1, "<f8", "(1,)", doubles(ByteOrder.LITTLE_ENDIAN, 1));
        String text = new String(fortran, StandardCharsets.ISO_8859_1).replace("False", "True ");
        assertEquals("x.npy: unreadable .npy header (fortran_order: True)", refusal(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(BadInputException.class, () -> NpyArray.read(bytes, "x.npy")).getMessage();
    }

    /** Values printed by numpy from the Debian file: a[0, 0, :2], a[150, 12, :2]; shape (200, 25, 25) float64 in [0, 1]. */
    @Test
    void theShippedFacesFile() {
        NpyArray a = NpyArray.read(ShippedSets.resource(ShippedSets.FACES), "lfw_subset.npy");
        assertEquals(List.of(200, 25, 25), a.shape());
        assertEquals(0.28888887, a.values()[0], 1e-8);
        assertEquals(0.32941177, a.values()[1], 1e-8);
        assertEquals(0.09313726, a.values()[150 * 625 + 12 * 25], 1e-8);
        assertEquals(0.09183006, a.values()[150 * 625 + 12 * 25 + 1], 1e-8);
        assertEquals(0.0, java.util.Arrays.stream(a.values()).min().orElseThrow());
        assertEquals(1.0, java.util.Arrays.stream(a.values()).max().orElseThrow());
    }
}
