package deepmath.gpt;

import com.fasterxml.jackson.databind.JsonNode;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.core.StrictJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A safetensors file opened for reading: the header is parsed and checked at once (types, shapes, byte
 * ranges inside the file), the data is memory-mapped tensor by tensor when asked for, so opening a
 * 500 MB checkpoint reads a few kilobytes. Every problem is a one-line {@link BadInputException}.
 */
public final class SafeTensorsFile implements AutoCloseable {
    /** Headers are small JSON; a larger length means the file is not safetensors. */
    private static final long MAX_HEADER = 100L << 20;

    private final Path path;
    private final FileChannel channel;
    private final long dataStart;
    private final Map<String, TensorInfo> tensors;
    private final Map<String, String> metadata;

    /** Tensors of a type this lab does not read, name → type ("I64", "U8", ...). */
    private final Map<String, String> others;

    private SafeTensorsFile(Path path, FileChannel channel, long dataStart, Map<String, TensorInfo> tensors,
                            Map<String, String> metadata, Map<String, String> others) {
        this.path = path;
        this.channel = channel;
        this.dataStart = dataStart;
        this.tensors = tensors;
        this.metadata = metadata;
        this.others = others;
    }

    public static SafeTensorsFile open(Path path) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new BadInputException(GptProblem.NO_FILE, path);
        }
        try {
            String file = path.getFileName().toString();
            long size = channel.size();
            if (size < 8) {
                throw new BadInputException(GptProblem.TOO_SHORT, file, size);
            }
            ByteBuffer lengthBytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(lengthBytes, 0);
            long headerLength = lengthBytes.getLong(0);
            if (headerLength <= 0 || headerLength > MAX_HEADER || 8 + headerLength > size) {
                throw new BadInputException(GptProblem.HEADER_LENGTH, file, headerLength, size);
            }
            ByteBuffer headerBytes = ByteBuffer.allocate((int) headerLength);
            channel.read(headerBytes, 8);
            JsonNode header = StrictJson.parse(headerBytes.array(), "'" + file + "' has a damaged header");
            if (header == null || !header.isObject()) {
                throw new BadInputException(GptProblem.HEADER_DAMAGED, file);
            }
            long dataStart = 8 + headerLength;
            Map<String, String> others = new LinkedHashMap<>();
            Map<String, TensorInfo> tensors = parse(header, file, size - dataStart, others);
            return new SafeTensorsFile(path, channel, dataStart, Collections.unmodifiableMap(tensors),
                    metadata(header), Collections.unmodifiableMap(others));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The header's optional {@code __metadata__}: text keys and values (anything else in it is ignored). */
    private static Map<String, String> metadata(JsonNode header) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node = header.get("__metadata__");
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    /** a·b, refused when it exceeds {@code limit} (a tensor cannot hold more elements than the file has bytes). */
    private static long multiplyWithin(long a, long b, long limit, String at) {
        if (a > limit / b) {
            throw new BadInputException(GptProblem.TOO_MANY_ELEMENTS, at);
        }
        return a * b;
    }

    private static Map<String, TensorInfo> parse(JsonNode header, String file, long dataBytes,
                                                 Map<String, String> others) {
        Map<String, TensorInfo> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (name.equals("__metadata__")) {
                continue;
            }
            JsonNode entry = e.getValue();
            JsonNode offsets = entry.path("data_offsets");
            JsonNode shapeNode = entry.path("shape");
            if (!entry.path("dtype").isTextual() || !shapeNode.isArray() || !offsets.isArray() || offsets.size() != 2) {
                throw new BadInputException(GptProblem.ENTRY_INCOMPLETE, file, name);
            }
            String at = "'" + file + "': tensor '" + name + "'";
            long[] shape = new long[shapeNode.size()];
            long elements = 1;
            for (int i = 0; i < shape.length; i++) {
                // Exact and range-checked: asLong() would wrap 18446744073709551617 around to 1.
                shape[i] = JsonFields.longInteger(shapeNode.get(i), at + ": dimension " + i, 0, dataBytes);
                elements = shape[i] == 0 || elements == 0 ? 0 : multiplyWithin(elements, shape[i], dataBytes, at);
            }
            String typeName = entry.get("dtype").asText();
            long begin = JsonFields.longInteger(offsets.get(0), at + ": data_offsets[0]", 0, dataBytes);
            long end = JsonFields.longInteger(offsets.get(1), at + ": data_offsets[1]", 0, Long.MAX_VALUE);
            if (!isReadable(typeName)) {
                // Other types (I64 position ids, U8 masks) may sit in a checkpoint: kept aside, so that asking for
                // one says its type rather than that it is missing.
                checkRange(file, name, begin, end, dataBytes);
                others.put(name, typeName);
                continue;
            }
            DType dtype = DType.parse(typeName, name, file);
            TensorInfo info = new TensorInfo(name, dtype, shape, begin, end);
            if (end < begin || end - begin != elements * dtype.bytes()) {
                throw new BadInputException(GptProblem.BYTE_RANGE, file, name, begin, end, info.shapeText(), typeName);
            }
            checkRange(file, name, begin, end, dataBytes);
            out.put(name, info);
        }
        return out;
    }

    private static boolean isReadable(String typeName) {
        for (DType type : DType.values()) {
            if (type.name().equals(typeName)) {
                return true;
            }
        }
        return false;
    }

    private static void checkRange(String file, String name, long begin, long end, long dataBytes) {
        if (end > dataBytes) {
            throw new BadInputException(GptProblem.TENSOR_TRUNCATED, file, name, end, dataBytes);
        }
    }

    public Path path() {
        return path;
    }

    /** The float tensors in the file, by name (other element types are skipped). */
    public Set<String> names() {
        return tensors.keySet();
    }

    /** The header's {@code __metadata__} (string to string; empty when the file has none). */
    public Map<String, String> metadata() {
        return metadata;
    }

    public boolean contains(String name) {
        return tensors.containsKey(name);
    }

    /** The type of a tensor that is in the file but of a type this lab does not read, or null. */
    public String unreadableType(String name) {
        return others.get(name);
    }

    public TensorInfo info(String name) {
        TensorInfo info = tensors.get(name);
        if (info == null && others.containsKey(name)) {
            throw new BadInputException(GptProblem.UNREADABLE_TYPE, path.getFileName(), name, others.get(name), DType.names());
        }
        if (info == null) {
            throw new BadInputException(GptProblem.NO_TENSOR, path.getFileName(), name);
        }
        return info;
    }

    /** The tensor's bytes, memory-mapped read-only, little-endian (nothing is read until touched). */
    public ByteBuffer map(String name) throws IOException {
        TensorInfo info = info(name);
        MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, dataStart + info.begin(),
                info.end() - info.begin());
        return mapped.order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The tensor's values as floats, row-major. */
    public float[] floats(String name) throws IOException {
        TensorInfo info = info(name);
        if (info.elementCount() > Integer.MAX_VALUE) {
            throw new BadInputException(GptProblem.TENSOR_TOO_LARGE, name);
        }
        float[] out = new float[(int) info.elementCount()];
        info.dtype().readFloats(map(name), out);
        return out;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
