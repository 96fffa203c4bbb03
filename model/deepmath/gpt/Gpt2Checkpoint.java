package deepmath.gpt;

import deepmath.core.BadInputException;
import deepmath.core.Progress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A GPT-2 folder in Hugging Face layout ({@code config.json} + {@code model.safetensors}) ↔ {@link Gpt2Model}.
 * This is the one place that knows the checkpoint's names: keys with or without the {@code transformer.}
 * prefix; Conv1D weights stored [in, out], which is already the x·W orientation, so nothing is transposed;
 * {@code attn.bias}/{@code attn.masked_bias} mask buffers and {@code lm_head.weight} (tied to wte) ignored.
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
            Reader reader = new Reader(file, prefixOf(file), progress, 2 + 12L * config.nLayer() + 2);
            int n = config.nEmbd();
            INDArray wte = reader.array("wte.weight", config.vocabSize(), n);
            INDArray wpe = reader.array("wpe.weight", config.nPositions(), n);
            List<Block> blocks = new ArrayList<>(config.nLayer());
            for (int i = 0; i < config.nLayer(); i++) {
                String h = "h." + i + ".";
                LayerNorm ln1 = new LayerNorm(reader.vector(h + "ln_1.weight", n), reader.vector(h + "ln_1.bias", n),
                        config.layerNormEpsilon());
                CausalSelfAttention attention = new CausalSelfAttention(
                        reader.array(h + "attn.c_attn.weight", n, 3 * n), reader.vector(h + "attn.c_attn.bias", 3 * n),
                        reader.array(h + "attn.c_proj.weight", n, n), reader.vector(h + "attn.c_proj.bias", n),
                        config.nHead());
                LayerNorm ln2 = new LayerNorm(reader.vector(h + "ln_2.weight", n), reader.vector(h + "ln_2.bias", n),
                        config.layerNormEpsilon());
                Mlp mlp = new Mlp(reader.array(h + "mlp.c_fc.weight", n, 4 * n), reader.vector(h + "mlp.c_fc.bias", 4 * n),
                        reader.array(h + "mlp.c_proj.weight", 4 * n, n), reader.vector(h + "mlp.c_proj.bias", n));
                blocks.add(new Block(ln1, attention, ln2, mlp));
            }
            LayerNorm lnF = new LayerNorm(reader.vector("ln_f.weight", n), reader.vector("ln_f.bias", n),
                    config.layerNormEpsilon());
            return new Gpt2Model(config, wte, wpe, blocks, lnF);
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

    private static String prefixOf(SafeTensorsFile file) {
        return file.contains("transformer.wte.weight") ? "transformer." : "";
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
