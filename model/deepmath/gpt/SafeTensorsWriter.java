package deepmath.gpt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes tensors in the safetensors layout: an 8-byte little-endian header length, a JSON header
 * {name: {dtype, shape, data_offsets}} padded with spaces to a multiple of 8, then the raw data.
 * Used by the tests, the benchmark and training to save checkpoints that any safetensors reader opens.
 */
public final class SafeTensorsWriter {
    private final Map<String, Tensor> tensors = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    /** A tensor to write: row-major values of {@code shape}, stored as {@code dtype}. */
    public record Tensor(long[] shape, float[] values, DType dtype) {
        public Tensor {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            if (n != values.length) {
                throw new IllegalArgumentException("shape " + java.util.Arrays.toString(shape) + " needs " + n
                        + " values, got " + values.length);
            }
        }

        public static Tensor f32(float[] values, long... shape) {
            return new Tensor(shape, values, DType.F32);
        }
    }

    public SafeTensorsWriter put(String name, Tensor tensor) {
        tensors.put(name, tensor);
        return this;
    }

    /** A {@code __metadata__} entry of the header (safetensors allows text to text only). */
    public SafeTensorsWriter metadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    /** Writes to a temporary file then renames it, so a half-written checkpoint never has the final name. */
    public void write(Path file) throws IOException {
        ObjectNode header = new ObjectMapper().createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode meta = header.putObject("__metadata__");
            metadata.forEach(meta::put);
        }
        long offset = 0;
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            Tensor t = e.getValue();
            long size = (long) t.values().length * t.dtype().bytes();
            ObjectNode entry = header.putObject(e.getKey());
            entry.put("dtype", t.dtype().name());
            var shape = entry.putArray("shape");
            for (long d : t.shape()) {
                shape.add(d);
            }
            entry.putArray("data_offsets").add(offset).add(offset + size);
            offset += size;
        }
        byte[] json = new ObjectMapper().writeValueAsBytes(header);
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer head = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        head.putLong(padded).put(json);
        while (head.hasRemaining()) {
            head.put((byte) ' ');
        }
        head.flip();

        AtomicFiles.createFolder(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, out -> {
            out.write(head.array(), 0, head.limit());
            ByteBuffer chunk = ByteBuffer.allocate(1 << 22).order(ByteOrder.LITTLE_ENDIAN);
            for (Tensor t : tensors.values()) {
                writeValues(t, chunk, out);
            }
        });
    }

    private static void writeValues(Tensor t, ByteBuffer chunk, OutputStream out) throws IOException {
        int perChunk = chunk.capacity() / t.dtype().bytes();
        float[] values = t.values();
        for (int from = 0; from < values.length; from += perChunk) {
            int n = Math.min(perChunk, values.length - from);
            chunk.clear();
            t.dtype().writeFloats(java.util.Arrays.copyOfRange(values, from, from + n), chunk);
            chunk.flip();
            out.write(chunk.array(), 0, chunk.limit());
        }
    }
}
