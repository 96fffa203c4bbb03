package deepmath.gpt.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.SafeTensorsFile;
import deepmath.gpt.SafeTensorsWriter;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A training folder: the model as the viewer loads it ({@code config.json}, {@code model.safetensors},
 * {@code vocab.json}, {@code merges.txt}) plus what resuming needs, Adam's moments and the run's state.
 *
 * <p>A checkpoint switches in one rename. Adam's moments go to a file named by the step
 * ({@code optimizer-400.safetensors}), beside the previous one; the run's state (step, options, that file's name)
 * travels in the {@code __metadata__} of {@code model.safetensors}; so the atomic replacement of the weights is the
 * one moment the folder goes from the previous checkpoint to the new one. A run killed, or a disk full, at any
 * point of a save leaves either the previous checkpoint or the new one, whole — never new weights with old
 * moments. {@code training.json} is written after, a copy of the state for people to read (and what folders saved
 * before this layout still resume from).
 */
public final class TrainingCheckpoint {
    static final String STATE = "training.json";
    /** Adam's moments in folders saved before the moments were named by their step. */
    static final String LEGACY_OPTIMIZER = "optimizer.safetensors";
    static final String STATE_KEY = "deepmath.training";
    private static final String OPTIMIZER_PREFIX = "optimizer-";
    private static final String OPTIMIZER_SUFFIX = ".safetensors";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingCheckpoint() {
    }

    public static void save(Path folder, Gpt2Config config, Map<String, INDArray> parameters, ClippedAdam adam,
                            int step, TrainingOptions options) throws IOException {
        AtomicFiles.createFolder(folder);
        String optimizer = null;
        if (adam.steps() > 0) {
            optimizer = OPTIMIZER_PREFIX + step + OPTIMIZER_SUFFIX;
            SafeTensorsWriter moments = new SafeTensorsWriter();
            adam.firstMoment().forEach((name, m) -> moments.put("m." + name, tensor(m)));
            adam.secondMoment().forEach((name, v) -> moments.put("v." + name, tensor(v)));
            moments.write(folder.resolve(optimizer));
        }
        ObjectNode state = JSON.createObjectNode();
        state.put("step", step);
        state.put("adam_steps", adam.steps());
        if (optimizer != null) {
            state.put("optimizer", optimizer);
        }
        state.set("options", JSON.valueToTree(options));
        SafeTensorsWriter weights = new SafeTensorsWriter().metadata(STATE_KEY, JSON.writeValueAsString(state));
        parameters.forEach((name, array) -> weights.put(name, tensor(array)));
        try {
            config.write(folder.resolve(Gpt2Checkpoint.CONFIG));   // the same within a run
            weights.write(folder.resolve(Gpt2Checkpoint.WEIGHTS));  // the switch
        } catch (IOException | RuntimeException | Error e) {
            if (optimizer != null && !optimizer.equals(optimizerOf(folder))) {
                Files.deleteIfExists(folder.resolve(optimizer));
            }
            throw e;
        }
        AtomicFiles.writeString(folder.resolve(STATE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state));
        removeOtherMoments(folder, optimizer);
    }

    /** Writes the tokenizer files beside the model (just before the first checkpoint of a run). */
    public static void saveVocabulary(Path folder, RestrictedVocabulary vocabulary, Gpt2Tokenizer gpt2)
            throws IOException {
        vocabulary.write(folder, gpt2);
    }

    /** True when {@code folder} holds a run that can be resumed. */
    public static boolean canResume(Path folder) throws IOException {
        return state(folder) != null;
    }

    /**
     * Refuses (one line) to resume {@code folder} with other model sizes or another seed; the optimisation (steps,
     * rate, batch) may change, e.g. a second phase with larger batches (each step's rate is in the log).
     */
    public static void refuseIncompatible(Path folder, TrainingOptions options) throws IOException {
        if (!canResume(folder)) {
            return;
        }
        TrainingOptions saved = savedOptions(folder);
        if (saved.layers() != options.layers() || saved.heads() != options.heads() || saved.dim() != options.dim()
                || saved.context() != options.context() || saved.seed() != options.seed()
                || saved.positions() != options.positions()) {
            throw new BadInputException(TrainingProblem.OTHER_SIZES, folder, saved);
        }
    }

    /** Reloads the parameters (in place) and Adam's state; returns the step to continue from. */
    public static int resume(Path folder, Map<String, INDArray> parameters, ClippedAdam adam) throws IOException {
        JsonNode state = state(folder);
        if (state == null) {
            throw new BadInputException(TrainingProblem.NOTHING_TO_RESUME, folder);
        }
        try (SafeTensorsFile file = SafeTensorsFile.open(folder.resolve(Gpt2Checkpoint.WEIGHTS))) {
            for (Map.Entry<String, INDArray> entry : parameters.entrySet()) {
                INDArray saved = Nd4j.create(file.floats(entry.getKey()), entry.getValue().shape(), 'c');
                entry.getValue().assign(saved);
            }
        }
        Map<String, INDArray> m = new LinkedHashMap<>();
        Map<String, INDArray> v = new LinkedHashMap<>();
        String named = state.path("optimizer").asText(null);
        Path optimizer = folder.resolve(named != null ? named : LEGACY_OPTIMIZER);
        if (named != null && !Files.isRegularFile(optimizer)) {
            throw new BadInputException(TrainingProblem.NO_OPTIMISER, folder, named, state.path("step").asInt());
        }
        if (Files.isRegularFile(optimizer)) {
            try (SafeTensorsFile file = SafeTensorsFile.open(optimizer)) {
                for (Map.Entry<String, INDArray> entry : parameters.entrySet()) {
                    long[] shape = entry.getValue().shape();
                    m.put(entry.getKey(), Nd4j.create(file.floats("m." + entry.getKey()), shape, 'c'));
                    v.put(entry.getKey(), Nd4j.create(file.floats("v." + entry.getKey()), shape, 'c'));
                }
            }
        }
        adam.restore(state.path("adam_steps").asInt(), m, v);
        return state.path("step").asInt();
    }

    /** The options a saved run was started with. */
    public static TrainingOptions savedOptions(Path folder) throws IOException {
        JsonNode state = state(folder);
        if (state == null) {
            throw new BadInputException(TrainingProblem.NOTHING_TO_RESUME, folder);
        }
        return JSON.treeToValue(state.get("options"), TrainingOptions.class);
    }

    /** The step of the checkpoint in {@code folder}, or −1 when it holds none. */
    public static int savedStep(Path folder) throws IOException {
        JsonNode state = state(folder);
        return state == null ? -1 : state.path("step").asInt();
    }

    /**
     * The run's state: the one inside the weights (it switched with them), else — a folder saved before the state
     * moved there — {@code training.json}; null when the folder holds no resumable run.
     */
    private static JsonNode state(Path folder) throws IOException {
        Path weights = folder.resolve(Gpt2Checkpoint.WEIGHTS);
        if (!Files.isRegularFile(weights)) {
            return null;
        }
        try (SafeTensorsFile file = SafeTensorsFile.open(weights)) {
            String inside = file.metadata().get(STATE_KEY);
            if (inside != null) {
                return JSON.readTree(inside);
            }
        }
        Path legacy = folder.resolve(STATE);
        return Files.isRegularFile(legacy) ? JSON.readTree(Files.readAllBytes(legacy)) : null;
    }

    private static String optimizerOf(Path folder) {
        try {
            JsonNode state = state(folder);
            return state == null ? null : state.path("optimizer").asText(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Deletes the moments of earlier checkpoints (best effort: a leftover costs disk space, not consistency). */
    private static void removeOtherMoments(Path folder, String kept) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, OPTIMIZER_PREFIX + "*" + OPTIMIZER_SUFFIX)) {
            for (Path file : files) {
                if (!file.getFileName().toString().equals(kept)) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder.resolve(LEGACY_OPTIMIZER));
        } catch (IOException e) {
            // the checkpoint itself is saved
        }
    }

    private static SafeTensorsWriter.Tensor tensor(INDArray array) {
        return SafeTensorsWriter.Tensor.f32(array.dup('c').data().asFloat(), array.shape());
    }
}
