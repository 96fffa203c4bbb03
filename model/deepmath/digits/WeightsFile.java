package deepmath.digits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A trained digit network as a zip of two entries: {@code model.json} ({"model": "cnn", "shape": ...,
 * "parameters": 9098, "accuracy": ...}) and {@code parameters.f32}, the flat parameter vector as
 * little-endian float32 (float32 is what frameworks store, and halves the size; the networks compute in
 * double from there), in the sequential engine's layout ({@code "layout": "keras"}). Files written before the
 * networks became engine models (issue 19; the shipped {@code cnn.zip} is one) have no layout: their CNN's dense
 * rows follow its 16 pooled planes channel after channel, and are put in keras's [y][x][c] order when read.
 */
public final class WeightsFile {
    private static final String HEADER = "model.json";
    private static final String PARAMETERS = "parameters.f32";
    private static final String LAYOUT = "keras";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WeightsFile() {
    }

    /** Writes the network; {@code notes} (e.g. accuracy, epochs) are stored in the header for people to read. */
    public static void write(DigitNetwork network, ObjectNode notes, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(network, notes, out));
    }

    public static void write(DigitNetwork network, ObjectNode notes, OutputStream out) throws IOException {
        ObjectNode header = JSON.createObjectNode();
        header.put("model", network.kind().key());
        header.put("shape", network.shape());
        double[] p = network.parameters();
        header.put("parameters", p.length);
        header.put("layout", LAYOUT);
        if (notes != null) {
            header.setAll(notes);
        }
        ByteBuffer bytes = ByteBuffer.allocate(4 * p.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : p) {
            bytes.putFloat((float) v);
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(HEADER));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(header));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(PARAMETERS));
        zip.write(bytes.array());
        zip.closeEntry();
        zip.finish();
    }

    public static DigitNetwork read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(DigitsProblem.NO_WEIGHTS, file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static DigitNetwork read(InputStream in, String name) throws IOException {
        JsonNode header = null;
        byte[] parameters = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(HEADER)) {
                    header = JSON.readTree(zip.readAllBytes());
                } else if (e.getName().equals(PARAMETERS)) {
                    parameters = zip.readAllBytes();
                }
            }
        } catch (ZipException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException(e, DigitsProblem.NOT_WEIGHTS, name, deepmath.core.ReadProblem.of(e));
        }
        if (header == null || parameters == null) {
            throw new BadInputException(DigitsProblem.WEIGHTS_PARTS, name, HEADER, PARAMETERS);
        }
        ModelKind kind = ModelKind.fromKey(header.path("model").asText(""));
        ByteBuffer bytes = ByteBuffer.wrap(parameters).order(ByteOrder.LITTLE_ENDIAN);
        double[] p = new double[parameters.length / 4];
        for (int i = 0; i < p.length; i++) {
            p[i] = bytes.getFloat();
            if (!Float.isFinite((float) p[i])) {
                throw new BadInputException(DigitsProblem.PARAMETER, name, i);
            }
        }
        if (kind == ModelKind.CNN && !header.has("layout") && p.length == ModelKind.CNN.spec().parameters()) {
            p = planesToKeras(p);
        }
        return kind.withParameters(p);
    }

    /**
     * The old CNN layout to the engine's: the dense layer's input row for value i of plane c (c·49 + i) moves to
     * row i·16 + c, where keras's flatten puts it; the convolutions' kernels and every bias keep their places.
     */
    static double[] planesToKeras(double[] p) {
        int planes = ModelKind.FILTERS2;
        int side = DigitSet.SIDE / 4;
        int area = side * side;
        int classes = DigitSet.CLASSES;
        int w = p.length - (planes * area * classes + classes);
        double[] q = p.clone();
        for (int c = 0; c < planes; c++) {
            for (int i = 0; i < area; i++) {
                System.arraycopy(p, w + (c * area + i) * classes, q, w + (i * planes + c) * classes, classes);
            }
        }
        return q;
    }

    /** The pre-trained network shipped in resources/digits ({@code dense.zip} or {@code cnn.zip}). */
    public static DigitNetwork shipped(ModelKind kind) {
        String resource = "/digits/" + kind.key() + ".zip";
        try (InputStream in = WeightsFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped weights " + resource + " are missing from the class path");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The bytes {@link #write} would produce, for callers that keep the file in memory. */
    public static byte[] bytes(DigitNetwork network, ObjectNode notes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(network, notes, out);
        return out.toByteArray();
    }
}
