package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.TextMutations;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random safetensors files — headers with random types, shapes, offsets, lengths, some consistent and some
 * not, then cut or damaged — are each opened with every tensor's values read, or refused in one
 * {@link BadInputException} line; never another exception.
 */
class SafeTensorsPropertiesTest {
    private static Path file;

    @BeforeContainer
    static void createFile() throws Exception {
        file = Files.createTempFile("random", ".safetensors");
    }

    @AfterContainer
    static void deleteFile() throws Exception {
        Files.deleteIfExists(file);
    }

    /** One header entry: a dtype, a shape, and whether its offsets follow from them. */
    record Entry(String name, String dtype, List<BigInteger> shape, boolean consistent, long begin, long end) {
    }

    /** A file: entries, how the header-length field and the data are set, and a last edit of the header text. */
    record Case(List<Entry> entries, int lengthMode, long randomLength, int dataSlack, TextMutations.Edit edit,
                boolean damageHeader) {
    }

    @Provide
    Arbitrary<Case> files() {
        Arbitrary<BigInteger> dimension = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 6).map(BigInteger::valueOf),
                Arbitraries.of(BigInteger.valueOf(-1), BigInteger.valueOf(4294967297L), BigInteger.ONE.shiftLeft(62).add(BigInteger.ONE),
                        BigInteger.ONE.shiftLeft(64).add(BigInteger.ONE), BigInteger.valueOf(Long.MAX_VALUE)));
        Arbitrary<Long> offset = Arbitraries.oneOf(Arbitraries.longs().between(-8, 400), Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE));
        Arbitrary<Entry> entry = Combinators.combine(
                Arbitraries.of("wte.weight", "a", "b", "__metadata__", "h.0.ln_1.weight"),
                Arbitraries.of("F32", "F16", "BF16", "F64", "I64", "U8", "I32", "f32", ""),
                dimension.list().ofMaxSize(4), Arbitraries.of(true, true, false), offset, offset).as(Entry::new);
        return Combinators.combine(entry.list().ofMaxSize(4), Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(-5, 1 << 20), Arbitraries.integers().between(-8, 8), TextMutations.edits(),
                Arbitraries.of(false, false, true)).as(Case::new);
    }

    private static int bytesOf(String dtype) {
        return switch (dtype) {
            case "F32", "I32" -> 4;
            case "F16", "BF16" -> 2;
            case "F64", "I64" -> 8;
            default -> 1;
        };
    }

    /** The header's JSON, the data length its consistent entries need. */
    private static String header(List<Entry> entries, long[] dataLength) {
        StringBuilder json = new StringBuilder("{");
        long at = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            long begin = e.begin();
            long end = e.end();
            if (e.consistent()) {
                BigInteger elements = BigInteger.ONE;
                for (BigInteger d : e.shape()) {
                    elements = elements.multiply(d);
                }
                long size = elements.signum() >= 0 && elements.bitLength() < 20 ? elements.longValue() * bytesOf(e.dtype()) : 8;
                begin = at;
                end = at + size;
                at = end;
            }
            json.append(i == 0 ? "" : ",").append('"').append(e.name()).append("\":{\"dtype\":\"").append(e.dtype())
                    .append("\",\"shape\":").append(e.shape()).append(",\"data_offsets\":[").append(begin).append(',')
                    .append(end).append("]}");
        }
        dataLength[0] = at;
        return json.append('}').toString();
    }

    @Property(tries = 1000)
    void aRandomFileIsReadOrRefusedInOneLine(@ForAll("files") Case c) throws Exception {
        long[] dataLength = new long[1];
        String text = header(c.entries(), dataLength);
        if (c.damageHeader()) {
            text = c.edit().apply(text);
        }
        byte[] json = text.getBytes(StandardCharsets.UTF_8);
        long data = Math.max(0, dataLength[0] + c.dataSlack());
        long declared = switch (c.lengthMode()) {
            case 0, 1 -> json.length;
            case 2 -> json.length + c.dataSlack();
            default -> c.randomLength();
        };
        ByteBuffer bytes = ByteBuffer.allocate((int) (8 + json.length + data)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putLong(declared).put(json);
        Files.write(file, bytes.array());
        try (SafeTensorsFile tensors = SafeTensorsFile.open(file)) {
            for (String name : tensors.names()) {
                TensorInfo info = tensors.info(name);
                assertTrue(info.begin() >= 0 && info.end() <= data && info.end() - info.begin()
                        == info.elementCount() * info.dtype().bytes(), name);
                assertEquals(info.elementCount(), tensors.floats(name).length);
            }
            for (Entry e : c.entries()) {
                if (!tensors.contains(e.name()) && !e.name().equals("__metadata__")) {
                    try {
                        tensors.info(e.name());
                    } catch (BadInputException refused) {
                        TextMutations.assertOneLine(refused);
                    }
                }
            }
        } catch (BadInputException e) {
            TextMutations.assertOneLine(e);
        }
    }
}
