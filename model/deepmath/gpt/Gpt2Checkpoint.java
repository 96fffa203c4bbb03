package deepmath.gpt;

import static deepmath.gpt.Gpt2Parameters.Part.ATTN_PROJ;
import static deepmath.gpt.Gpt2Parameters.Part.ATTN_QKV;
import static deepmath.gpt.Gpt2Parameters.Part.LN_1;
import static deepmath.gpt.Gpt2Parameters.Part.LN_2;
import static deepmath.gpt.Gpt2Parameters.Part.MLP_FC;
import static deepmath.gpt.Gpt2Parameters.Part.MLP_PROJ;

import deepmath.core.BadInputException;
import deepmath.core.Progress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A GPT-2 folder in Hugging Face layout ({@code config.json} + {@code model.safetensors}) ↔ {@link Gpt2Model}.
 * The names, shapes and prefix rule come from {@link Gpt2Parameters}; every tensor's shape is checked against
 * the config before the model is built.
 */
public final class Gpt2Checkpoint {
    public static final String CONFIG = "config.json";
    public static final String WEIGHTS = "model.safetensors";

    private Gpt2Checkpoint() {
    }

    /** True when {@code folder} holds the two files of a checkpoint (does not open them). */
    public static boolean looksLikeCheckpoint(Path folder) {
        return Files.isRegularFile(folder.resolve(CONFIG)) && Files.isRegularFile(folder.resolve(WEIGHTS));
    }

    /** Reads the checkpoint in {@code folder}; every problem is a one-line {@link BadInputException}. */
    public static Gpt2Model load(Path folder, Progress progress) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(GptProblem.NOT_A_FOLDER, folder, CONFIG, WEIGHTS);
        }
        if (!Files.isRegularFile(folder.resolve(WEIGHTS))) {
            throw new BadInputException(GptProblem.NO_WEIGHTS, WEIGHTS, folder);
        }
        Gpt2Config config = Gpt2Config.read(folder.resolve(CONFIG));
        try (SafeTensorsFile file = SafeTensorsFile.open(folder.resolve(WEIGHTS))) {
            List<Gpt2Parameters.Parameter> table = Gpt2Parameters.of(config);
            Reader reader = new Reader(file, Gpt2Parameters.prefixIn(file::contains), progress, table.size());
            Map<String, INDArray> arrays = new HashMap<>();
            Map<String, float[]> vectors = new HashMap<>();
            for (Gpt2Parameters.Parameter parameter : table) {
                if (parameter.shape().length == 1) {
                    vectors.put(parameter.name(), reader.vector(parameter.name(), parameter.shape()[0]));
                } else {
                    arrays.put(parameter.name(), reader.array(parameter.name(), parameter.shape()));
                }
            }
            double epsilon = config.layerNormEpsilon();
            List<Block> blocks = new ArrayList<>(config.nLayer());
            for (int i = 0; i < config.nLayer(); i++) {
                LayerNorm ln1 = new LayerNorm(vectors.get(LN_1.weight(i)), vectors.get(LN_1.bias(i)), epsilon);
                CausalSelfAttention attention = new CausalSelfAttention(
                        arrays.get(ATTN_QKV.weight(i)), vectors.get(ATTN_QKV.bias(i)),
                        arrays.get(ATTN_PROJ.weight(i)), vectors.get(ATTN_PROJ.bias(i)), config.nHead());
                LayerNorm ln2 = new LayerNorm(vectors.get(LN_2.weight(i)), vectors.get(LN_2.bias(i)), epsilon);
                Mlp mlp = new Mlp(arrays.get(MLP_FC.weight(i)), vectors.get(MLP_FC.bias(i)),
                        arrays.get(MLP_PROJ.weight(i)), vectors.get(MLP_PROJ.bias(i)));
                blocks.add(new Block(ln1, attention, ln2, mlp));
            }
            LayerNorm lnF = new LayerNorm(vectors.get(Gpt2Parameters.FINAL_NORM + "weight"),
                    vectors.get(Gpt2Parameters.FINAL_NORM + "bias"), epsilon);
            return new Gpt2Model(config, arrays.get(Gpt2Parameters.TOKEN_EMBEDDING),
                    arrays.get(Gpt2Parameters.POSITION_EMBEDDING), blocks, lnF);
        }
    }

    /** Writes {@code config.json} and {@code model.safetensors} (keys without prefix, as Hugging Face saves them). */
    public static void write(Path folder, Gpt2Config config, Map<String, SafeTensorsWriter.Tensor> tensors)
            throws IOException {
        SafeTensorsWriter writer = new SafeTensorsWriter();
        tensors.forEach(writer::put);
        writer.write(folder.resolve(WEIGHTS));
        config.write(folder.resolve(CONFIG));
    }

    /** Reads named tensors, checks their shapes, and counts them for the progress bar. */
    private static final class Reader {
        private final SafeTensorsFile file;
        private final String prefix;
        private final Progress progress;
        private final long total;
        private long done;

        Reader(SafeTensorsFile file, String prefix, Progress progress, long total) {
            this.file = file;
            this.prefix = prefix;
            this.progress = progress;
            this.total = total;
        }

        /** A bias or LayerNorm vector: kept as a Java array, the elementwise steps are plain loops. */
        float[] vector(String name, long length) throws IOException {
            TensorInfo info = check(name, length);
            progress.update(++done, total);
            return file.floats(info.name());
        }

        private TensorInfo check(String name, long... shape) {
            progress.checkCancelled();
            String key = prefix + name;
            if (!file.contains(key) && file.unreadableType(key) != null) {
                file.info(key); // says the tensor's type, which this lab does not read
            }
            if (!file.contains(key)) {
                throw new BadInputException(GptProblem.MISSING_TENSOR, file.path().getFileName(), key);
            }
            TensorInfo info = file.info(key);
            if (!Arrays.equals(info.shape(), shape)) {
                throw new BadInputException(GptProblem.TENSOR_SHAPE, key, info.shapeText(), Arrays.toString(shape));
            }
            return info;
        }

        INDArray array(String name, long... shape) throws IOException {
            TensorInfo info = check(name, shape);
            String key = info.name();
            INDArray array;
            if (info.dtype() == DType.F32) {
                // Straight from the mapped file into ND4J's native memory: no Java float[] in between.
                ByteBuffer bytes = file.map(key);
                DataBuffer buffer = Nd4j.createBuffer(bytes, DataType.FLOAT, Math.toIntExact(info.elementCount()));
                array = Nd4j.create(buffer, shape);
            } else {
                array = Nd4j.create(file.floats(key), shape, 'c');
            }
            progress.update(++done, total);
            return array;
        }
    }
}
