package deepmath.gpt.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.gpt.ByteLevel;
import deepmath.gpt.Gpt2Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The GPT-2 tokens a corpus uses (often enough), renumbered 0..V−1: a small model needs no rows for the 40 000 GPT-2 tokens a
 * corpus never shows (they would be most of its parameters). The 256 single-byte tokens are always kept, so that
 * any text still has a spelling. Saved beside the model as {@code vocab.json} (token → this model's id) +
 * GPT-2's {@code merges.txt}: {@link Gpt2Tokenizer#forModel} then reads the model's own ids directly.
 */
public final class RestrictedVocabulary {
    private final int[] gpt2IdOf;      // model id → GPT-2 id, increasing
    private final int[] modelIdOf;     // GPT-2 id → model id, −1 when dropped

    private RestrictedVocabulary(int[] gpt2IdOf, int gpt2Size) {
        this.gpt2IdOf = gpt2IdOf;
        this.modelIdOf = new int[gpt2Size];
        Arrays.fill(modelIdOf, -1);
        for (int i = 0; i < gpt2IdOf.length; i++) {
            modelIdOf[gpt2IdOf[i]] = i;
        }
    }

    /**
     * The tokens that occur at least {@code minCount} times in {@code gpt2Ids}, plus the 256 byte tokens, in GPT-2
     * order. Rarer tokens are spelt with shorter ones: every vocabulary row costs a row of the unembedding, whose
     * product with the batch is most of a training step, and a token seen twice cannot be learnt anyway.
     */
    public static RestrictedVocabulary of(int[] gpt2Ids, Gpt2Tokenizer gpt2, int minCount) {
        int[] counts = new int[gpt2.vocabularySize()];
        for (int id : gpt2Ids) {
            counts[id]++;
        }
        BitSet used = new BitSet(gpt2.vocabularySize());
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] >= Math.max(1, minCount)) {
                used.set(id);
            }
        }
        for (int b = 0; b < 256; b++) {
            used.set(gpt2.id(String.valueOf(ByteLevel.charOf(b))).orElseThrow());
        }
        return new RestrictedVocabulary(used.stream().toArray(), gpt2.vocabularySize());
    }

    public int size() {
        return gpt2IdOf.length;
    }

    public int gpt2Id(int modelId) {
        return gpt2IdOf[modelId];
    }

    /** This model's id of a GPT-2 token, or −1 if the corpus never used it. */
    public int modelId(int gpt2Id) {
        return modelIdOf[gpt2Id];
    }

    /** Renumbers a GPT-2 token sequence that only uses kept tokens (a corpus this vocabulary was built from). */
    public int[] toModelIds(int[] gpt2Ids) {
        int[] out = new int[gpt2Ids.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = modelIdOf[gpt2Ids[i]];
            if (out[i] < 0) {
                throw new IllegalArgumentException("GPT-2 token " + gpt2Ids[i] + " is not in this vocabulary");
            }
        }
        return out;
    }

    /** The tokenizer of a model with this vocabulary (GPT-2's merges; dropped tokens spelt with kept ones). */
    public Gpt2Tokenizer tokenizer(Gpt2Tokenizer gpt2) throws IOException {
        Path folder = Files.createTempDirectory("vocabulary");
        try {
            write(folder, gpt2);
            return Gpt2Tokenizer.forModel(folder);
        } finally {
            Files.deleteIfExists(folder.resolve("vocab.json"));
            Files.deleteIfExists(folder.resolve("merges.txt"));
            Files.deleteIfExists(folder);
        }
    }

    /** True when {@code folder}'s {@code vocab.json} is this vocabulary (token by token, id by id). */
    public boolean matches(Path folder, Gpt2Tokenizer gpt2) throws IOException {
        Path file = folder.resolve("vocab.json");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return json(gpt2).equals(new ObjectMapper().readTree(Files.readAllBytes(file)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    private ObjectNode json(Gpt2Tokenizer gpt2) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        for (int i = 0; i < gpt2IdOf.length; i++) {
            json.put(gpt2.symbols(gpt2IdOf[i]), i);
        }
        return json;
    }

    /** Writes {@code vocab.json} and {@code merges.txt} into {@code folder}. */
    public void write(Path folder, Gpt2Tokenizer gpt2) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = json(gpt2);
        AtomicFiles.createFolder(folder);
        AtomicFiles.writeString(folder.resolve("vocab.json"), mapper.writeValueAsString(json));
        gpt2.writeMerges(folder.resolve("merges.txt"));
    }
}
