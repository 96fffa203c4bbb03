package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.core.Progress;
import deepmath.gpt.Generation;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.LoadedGpt2;
import deepmath.gpt.NextToken;
import deepmath.gpt.RandomGpt2;
import deepmath.gpt.Sampling;
import deepmath.gpt.TextGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}: the JSON it writes is the generator's own result for the options given. */
class GenerateCommandTest {
    private static final Gpt2Config TINY = new Gpt2Config(2, 2, 8, 32, 50257, 1e-5);

    @TempDir
    static Path folder;
    private static LoadedGpt2 model;

    @BeforeAll
    static void write() throws Exception {
        Gpt2Checkpoint.write(folder, TINY, RandomGpt2.tensors(TINY, 4, ""));
        model = LoadedGpt2.open(folder, Progress.NONE);
    }

    @Test
    void greedyByDefaultWithTheTextIdsAndStop() throws Exception {
        JsonNode json = run("--text", "The dog is black", "--max-new-tokens", "6");
        assertEquals("[464,3290,318,2042]", json.get("prompt_ids").toString());
        int[] expected = expected(new Sampling(NextToken.Strategy.GREEDY, 1, 1, 1, 0), 6);
        assertEquals(Arrays.toString(expected).replace(" ", ""), json.get("ids").toString());
        assertEquals(model.tokenizer().decode(expected), json.get("text").asText());
        assertEquals(expected.length, json.get("tokens").size());
        assertEquals("greedy", json.get("sampling").get("method").asText());
        assertEquals(expected.length == 6 ? "max_tokens" : "end_of_text", json.get("stop").asText());
    }

    @Test
    void topPWithASeedIsRepeatableAndIsTheGeneratorsDraw() throws Exception {
        String[] args = {"--text", "The dog is black", "--max-new-tokens", "8", "--top-p", "0.9", "--temperature", "1.5",
                "--seed", "11"};
        JsonNode first = run(args);
        assertEquals(first.get("ids"), run(args).get("ids"), "same seed, same text");
        int[] expected = expected(new Sampling(NextToken.Strategy.TOP_P, 1.5, 1, 0.9, 11), 8);
        assertEquals(Arrays.toString(expected).replace(" ", ""), first.get("ids").toString());
        assertEquals("top-p", first.get("sampling").get("method").asText());
        assertEquals(0.9, first.get("sampling").get("top_p").asDouble());
        args[args.length - 1] = "12";
        assertNotEquals(first.get("ids"), run(args).get("ids"), "another seed, another draw (50 257 near-equal tokens)");
    }

    @Test
    void attentionCoversThePromptAndTheGeneratedTokens() throws Exception {
        Path out = folder.resolve("gen.json");
        CliTest.Run run = CliTest.run("generate", "--model", folder.toString(), "--text", "The dog", "--top-k", "3",
                "--max-new-tokens", "4", "--attention", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        int tokens = json.get("prompt_ids").size() + json.get("ids").size();
        assertEquals(2, json.get("attentions").size());
        assertEquals(2, json.get("attentions").get(0).size());
        JsonNode matrix = json.get("attentions").get(1).get(1);
        assertEquals(tokens, matrix.size());
        double sum = 0;
        for (JsonNode v : matrix.get(tokens - 1)) {
            sum += v.asDouble();
        }
        assertEquals(1, sum, 1e-5, "the last generated token's row is a probability law");
        assertEquals(0.0, matrix.get(0).get(1).asDouble(), "causal");
    }

    private static int[] expected(Sampling sampling, int count) {
        int endOfText = model.tokenizer().id(Gpt2Tokenizer.END_OF_TEXT).orElseThrow();
        Generation g = new TextGenerator(model.model()).generate(model.tokenizer().encode("The dog is black"), count,
                sampling, endOfText, false, Progress.NONE);
        return g.generated();
    }

    private static JsonNode run(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "generate";
        all[1] = "--model";
        all[2] = folder.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        CliTest.Run run = CliTest.run(all);
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }
}
