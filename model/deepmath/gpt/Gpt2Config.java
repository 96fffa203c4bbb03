package deepmath.gpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.core.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The sizes of a GPT-2 model, as in Hugging Face's {@code config.json}. GPT-2 small: 12 layers, 12 heads,
 * n = 768, 1024 positions, 50 257 tokens.
 */
public record Gpt2Config(int nLayer, int nHead, int nEmbd, int nPositions, int vocabSize, double layerNormEpsilon) {

    public static final Gpt2Config SMALL = new Gpt2Config(12, 12, 768, 1024, 50257, 1e-5);

    public Gpt2Config {
        if (nLayer < 1 || nHead < 1 || nEmbd < 1 || nPositions < 1 || vocabSize < 1) {
            throw new BadInputException(GptProblem.SIZES, nLayer, nHead, nEmbd, nPositions, vocabSize);
        }
        if (nEmbd % nHead != 0) {
            throw new BadInputException(GptProblem.HEADS, nEmbd, nHead);
        }
        if (!(layerNormEpsilon > 0)) {
            throw new BadInputException(GptProblem.EPSILON);
        }
    }

    /** Size of one head's queries, keys and values (64 for every GPT-2). */
    public int headSize() {
        return nEmbd / nHead;
    }

    /** Number of parameters (the unembedding is tied to the token embedding, so counted once). */
    public long parameterCount() {
        return Gpt2Parameters.of(this).stream().mapToLong(Gpt2Parameters.Parameter::elementCount).sum();
    }

    public static Gpt2Config read(Path file) throws IOException {
        JsonNode json;
        try {
            json = StrictJson.parse(Files.readAllBytes(file), "'" + file.getFileName() + "'");
        } catch (NoSuchFileException e) {
            throw new BadInputException(GptProblem.NO_CONFIG, file.getFileName(), file.toAbsolutePath().getParent());
        }
        if (json == null || !json.isObject()) {
            throw new BadInputException(GptProblem.CONFIG_NOT_OBJECT, file.getFileName());
        }
        String activation = json.path("activation_function").asText("gelu_new");
        if (!activation.equals("gelu_new") && !activation.equals("gelu_pytorch_tanh")) {
            throw new BadInputException(GptProblem.ACTIVATION, file.getFileName(), activation);
        }
        // Exact and range-checked (asInt() would read 4294967308 layers as 12); the tensors' shapes are then
        // checked against these sizes, so a config that lies about them is refused too.
        int layers = integer(json, "n_layer", file, 1_000);
        int heads = integer(json, "n_head", file, 1_000);
        int embedding = integer(json, "n_embd", file, 100_000);
        // Old configs name the context length n_ctx only.
        int positions = integer(json, json.has("n_positions") ? "n_positions" : "n_ctx", file, 1_000_000);
        int vocabulary = integer(json, "vocab_size", file, 10_000_000);
        double epsilon = json.has("layer_norm_epsilon")
                ? JsonFields.number(json.get("layer_norm_epsilon"), "'" + file.getFileName() + "': layer_norm_epsilon",
                        Double.MIN_NORMAL, 1) : 1e-5;
        return new Gpt2Config(layers, heads, embedding, positions, vocabulary, epsilon);
    }

    public void write(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("model_type", "gpt2");
        json.put("n_layer", nLayer);
        json.put("n_head", nHead);
        json.put("n_embd", nEmbd);
        json.put("n_positions", nPositions);
        json.put("n_ctx", nPositions);
        json.put("vocab_size", vocabSize);
        json.put("layer_norm_epsilon", layerNormEpsilon);
        json.put("activation_function", "gelu_new");
        AtomicFiles.createFolder(file.toAbsolutePath().getParent());
        AtomicFiles.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    private static int integer(JsonNode json, String key, Path file, int max) {
        JsonNode value = json.get(key);
        if (value == null) {
            throw new BadInputException(GptProblem.NO_INTEGER, file.getFileName(), key);
        }
        return JsonFields.integer(value, "'" + file.getFileName() + "': " + key, 1, max);
    }
}
