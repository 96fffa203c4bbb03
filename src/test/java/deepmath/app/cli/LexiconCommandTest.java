package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.app.cli.CliTest.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code lexicon}: the book's French/English pairs (appendix § 4), searched in both languages. */
class LexiconCommandTest {
    private static Run ok(String... args) {
        Run run = CliTest.run(args);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        return run;
    }

    private static JsonNode json(String... args) throws Exception {
        return new ObjectMapper().readTree(ok(args).out());
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    @Test
    void everyPairAsJsonWithItsGroupLineTermsAndLabs() throws Exception {
        JsonNode all = json("lexicon", "--json");
        assertEquals(35, all.size());
        JsonNode first = all.get(0);
        assertEquals("artificial-neuron", first.path("id").asText());
        assertEquals("network", first.path("group").asText());
        assertEquals(22001, first.path("bookLine").asInt());
        assertEquals("[\"neurone artificiel\"]", first.path("french").toString());
        assertEquals("[\"artificial neuron\"]", first.path("english").toString());
        assertEquals("[\"network\",\"convolution\"]", first.path("labs").toString());
        assertEquals(true, first.path("abbreviation").isNull());
    }

    @Test
    void searchWithoutAccentsFindsTheBooksTerm() throws Exception {
        assertEquals("époque = epoch  [digits, models]\n", ok("lexicon", "--search", "epoque").out());
        assertEquals("pas δ = learning rate  [descent, models]\n", ok("lexicon", "--search", "pas").out());
        JsonNode sgd = json("lexicon", "--search", "SGD", "--json");
        assertEquals(List.of("sgd"), ids(sgd));
        assertEquals("sgd", sgd.get(0).path("abbreviation").asText());
        assertEquals("fonction d’erreur = loss function / cost function  [network, descent]\n",
                ok("lexicon", "--search", "cost").out());
    }

    @Test
    void oneGroupAndNoMatch() throws Exception {
        assertEquals(List.of("llm", "token", "embedding", "unembedding", "residual-stream", "attention-head"),
                ids(json("lexicon", "--group", "chatgpt", "--json")));
        assertEquals(List.of("linear-regression"), ids(json("lexicon", "--group", "mathematics", "--search", "regression",
                "--json")));
        assertEquals("[ ]", ok("lexicon", "--search", "xyzzy", "--json").out().strip());
        assertEquals("", ok("lexicon", "--search", "xyzzy").out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Run blank = CliTest.run("lexicon", "--search", "");
        ExitCodesTest.assertOneLineRefusal(blank, 2, "blank search");
        Run group = CliTest.run("lexicon", "--group", "physics");
        ExitCodesTest.assertOneLineRefusal(group, 2, "unknown group");
        assertEquals("deepmath-lab: --group: unknown group 'physics' (known: network, chatgpt, mathematics, descent)",
                group.err().strip());
    }
}
