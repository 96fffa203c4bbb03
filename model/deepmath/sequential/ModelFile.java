package deepmath.sequential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.nn.Loss;
import deepmath.optim.OptimizerKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A trained (or training) sequential model as a zip, like the digits' weights files: {@code model.json} (the
 * model description, the training settings, the epochs done and their reports, free notes), {@code parameters.f64}
 * and {@code optimizer.f64}, little-endian doubles. Doubles rather than the digits' float32, because a resumed
 * training must go on from exactly the numbers it stopped at. Written through {@link AtomicFiles}: a crash or a
 * full disk leaves the previous file whole.
 */
public final class ModelFile {
    static final String HEADER = "model.json";
    static final String PARAMETERS = "parameters.f64";
    static final String OPTIMIZER = "optimizer.f64";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFile() {
    }

    /** What a file holds; {@code config} is null for weights saved without a training. */
    public record Saved(SequentialNetwork network, TrainingConfig config, int epoch, double[][] optimizerState,
                        List<EpochReport> history) {
    }

    public static void write(Path file, Saved saved, ObjectNode notes) throws IOException {
        AtomicFiles.write(file, out -> write(saved, notes, out));
    }

    static void write(Saved saved, ObjectNode notes, OutputStream out) throws IOException {
        ObjectNode header = JSON.createObjectNode();
        header.put("format", "deepmath-sequential");
        header.set("model", ModelSpecJson.write(saved.network().spec()));
        header.put("parameters", saved.network().parameters().length);
        header.put("epoch", saved.epoch());
        if (saved.config() != null) {
            TrainingConfig c = saved.config();
            ObjectNode t = header.putObject("training");
            t.put("loss", c.loss().key());
            t.put("optimizer", c.optimizer().key());
            t.put("learningRate", c.learningRate());
            t.put("batch", c.batch());
            t.put("validation", c.validation());
            t.put("seed", c.seed());
        }
        ArrayNode lengths = header.putArray("optimizerState");
        int total = 0;
        for (double[] s : saved.optimizerState()) {
            lengths.add(s.length);
            total += s.length;
        }
        ArrayNode history = header.putArray("history");
        for (EpochReport r : saved.history()) {
            ObjectNode o = history.addObject();
            o.put("epoch", r.epoch());
            number(o, "loss", r.loss());
            number(o, "accuracy", r.accuracy());
            number(o, "val_loss", r.valLoss());
            number(o, "val_accuracy", r.valAccuracy());
        }
        if (notes != null) {
            header.setAll(notes);
        }
        double[] state = new double[total];
        int at = 0;
        for (double[] s : saved.optimizerState()) {
            System.arraycopy(s, 0, state, at, s.length);
            at += s.length;
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, HEADER, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(header));
        entry(zip, PARAMETERS, bytes(saved.network().parameters()));
        entry(zip, OPTIMIZER, bytes(state));
        zip.finish();
    }

    /** JSON has no NaN: an absent figure is left out. */
    private static void number(ObjectNode o, String field, double value) {
        if (!Double.isNaN(value)) {
            o.put(field, value);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] bytes(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    public static Saved read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(EngineProblem.NO_CHECKPOINT, file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    static Saved read(InputStream in, String name) throws IOException {
        JsonNode header = null;
        byte[] parameters = null;
        byte[] state = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                switch (e.getName()) {
                    case HEADER -> header = JSON.readTree(zip.readAllBytes());
                    case PARAMETERS -> parameters = zip.readAllBytes();
                    case OPTIMIZER -> state = zip.readAllBytes();
                    default -> { }
                }
            }
        } catch (ZipException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException(e, EngineProblem.NOT_A_CHECKPOINT, name, deepmath.core.ReadProblem.of(e));
        }
        for (Object[] part : new Object[][] {{header, HEADER}, {parameters, PARAMETERS}, {state, OPTIMIZER}}) {
            if (part[0] == null) {
                throw new BadInputException(EngineProblem.CHECKPOINT_PARTS, name, part[1]);
            }
        }
        ModelSpec spec = ModelSpecJson.read(header.get("model"));
        SequentialNetwork network = SequentialNetwork.withParameters(spec, doubles(parameters, name));
        TrainingConfig config = null;
        JsonNode t = header.get("training");
        if (t != null) {
            config = new TrainingConfig(Loss.fromKey(t.path("loss").asText("")),
                    OptimizerKind.fromKey(t.path("optimizer").asText("")), t.path("learningRate").asDouble(),
                    t.path("batch").asInt(), t.path("validation").asDouble(), t.path("seed").asLong(), 1);
        }
        double[] flat = doubles(state, name);
        List<double[]> parts = new ArrayList<>();
        int at = 0;
        for (JsonNode length : header.path("optimizerState")) {
            int n = length.asInt();
            if (n < 0 || at + n > flat.length) {
                throw new BadInputException(EngineProblem.CHECKPOINT_PARTS, name, OPTIMIZER);
            }
            parts.add(java.util.Arrays.copyOfRange(flat, at, at + n));
            at += n;
        }
        List<EpochReport> history = new ArrayList<>();
        for (JsonNode r : header.path("history")) {
            history.add(new EpochReport(r.path("epoch").asInt(), figure(r, "loss"), figure(r, "accuracy"),
                    figure(r, "val_loss"), figure(r, "val_accuracy")));
        }
        return new Saved(network, config, header.path("epoch").asInt(0), parts.toArray(new double[0][]), history);
    }

    private static double figure(JsonNode r, String field) {
        return r.has(field) ? r.get(field).asDouble() : Double.NaN;
    }

    private static double[] doubles(byte[] bytes, String name) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[bytes.length / 8];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getDouble();
            if (!Double.isFinite(v[i])) {
                throw new BadInputException(EngineProblem.CHECKPOINT_VALUE, name, i);
            }
        }
        return v;
    }
}
