package deepmath.sequential.data;

import deepmath.core.BadInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NumPy {@code .npy} array (format versions 1, 2 and 3): the magic {@code \x93NUMPY}, the version, the header's
 * length (2 bytes little-endian in version 1, 4 after), the header — a Python dict with {@code descr} (the element
 * type), {@code fortran_order} and {@code shape} — then the values. Read: float64, float32, uint8, int32 and int64,
 * either byte order, in C order (row-major, the last index fastest); the values as doubles.
 *
 * @param shape  the array's sizes
 * @param values its values, row-major
 */
public record NpyArray(List<Integer> shape, double[] values) {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    public NpyArray {
        shape = List.copyOf(shape);
    }

    /** Reads {@code bytes}; {@code name} names the file in a refusal. */
    public static NpyArray read(byte[] bytes, String name) {
        if (bytes.length < 10 || !java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, 6), MAGIC)) {
            throw new BadInputException(ExamplesProblem.NPY_MAGIC, name);
        }
        int major = bytes[6];
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? in.getShort(8) & 0xFFFF : in.getInt(8) & 0xFFFFFFFFL;
        int start = major == 1 ? 10 : 12;
        if (major < 1 || major > 3 || start + headerLength > bytes.length) {
            throw new BadInputException(ExamplesProblem.NPY_HEADER, name, "version " + major + ", length " + headerLength);
        }
        String header = new String(bytes, start, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, header, name);
        if (group(FORTRAN, header, name).equals("True")) {
            throw new BadInputException(ExamplesProblem.NPY_HEADER, name, "fortran_order: True");
        }
        List<Integer> shape = new ArrayList<>();
        long count = 1;
        for (String size : group(SHAPE, header, name).split(",")) {
            if (!size.isBlank()) {
                try {
                    shape.add(Integer.parseInt(size.strip()));
                } catch (NumberFormatException e) {
                    throw new BadInputException(ExamplesProblem.NPY_HEADER, name, "shape");
                }
                count *= shape.get(shape.size() - 1);
            }
        }
        if (descr.length() < 3) {
            throw new BadInputException(ExamplesProblem.NPY_TYPE, name, descr);
        }
        in.order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        String type = descr.substring(1);
        int width = switch (type) {
            case "f8", "i8" -> 8;
            case "f4", "i4" -> 4;
            case "u1" -> 1;
            default -> throw new BadInputException(ExamplesProblem.NPY_TYPE, name, descr);
        };
        long data = start + headerLength;
        long held = (bytes.length - data) / width;
        if (held != count || count > Integer.MAX_VALUE) {
            throw new BadInputException(ExamplesProblem.NPY_SIZE, name, count, held);
        }
        double[] values = new double[(int) count];
        in.position((int) data);
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (type) {
                case "f8" -> in.getDouble();
                case "f4" -> in.getFloat();
                case "i8" -> in.getLong();
                case "i4" -> in.getInt();
                default -> in.get() & 0xFF;
            };
        }
        return new NpyArray(shape, values);
    }

    private static String group(Pattern pattern, String header, String name) {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new BadInputException(ExamplesProblem.NPY_HEADER, name, pattern.pattern().split("'")[1]);
        }
        return m.group(1);
    }
}
