package deepmath.app.cli;

import static deepmath.app.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.app.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bpe train}, {@code tokenize --explain} and {@code embed}: chapter 17's worked examples on the command line. */
class LanguageCommandsTest {
    @TempDir
    Path dir;

    private static JsonNode json(Run run) throws Exception {
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    /** Book line 17928: ab (3), ba (2), bac (2); the text encoded [6], [6], [6, 3], [4, 8], [8, 4, 5]. */
    @Test
    void bpeTrainOnTheBooksExample() throws Exception {
        Path corpus = Files.writeString(dir.resolve("book.txt"), "ab ab abc dbac bacde\n");
        JsonNode out = json(run("bpe", "train", "--corpus", corpus.toString(), "--merges", "10",
                "--encode", "ab ab abc dbac bacde"));
        JsonNode merges = out.get("merges");
        assertEquals(3, merges.size());
        assertEquals("ab", merges.get(0).get("token").asText());
        assertEquals(3, merges.get(0).get("count").asInt());
        assertEquals("ba", merges.get(1).get("token").asText());
        assertEquals("bac", merges.get(2).get("token").asText());
        assertEquals(2, merges.get(2).get("count").asInt());
        assertEquals(8, merges.get(2).get("vocabulary_size").asInt());
        assertEquals("[8,4,5]", out.get("encoded").get(4).get("ids").toString());
        assertEquals("[4,8]", out.get("encoded").get(3).get("ids").toString());
    }

    @Test
    void tokenizeExplainListsTheMergesOfEachWordInRankOrder() throws Exception {
        JsonNode out = json(run("tokenize", "--text", "mathematics is", "--explain"));
        JsonNode word = out.get("words").get(0);
        assertEquals("mathematics", word.get("symbols").asText());
        assertEquals("[\"mat\",\"hemat\",\"ics\"]", word.get("tokens").toString());
        JsonNode merges = word.get("merges");
        // The first rule applied is h·e (rank 2 of merges.txt); the last makes "hemat".
        assertEquals("h", merges.get(0).get("left").asText());
        assertEquals(2, merges.get(0).get("rank").asInt());
        assertEquals("hemat", merges.get(merges.size() - 1).get("left").asText()
                + merges.get(merges.size() - 1).get("right").asText());
        assertEquals("[6759,10024,873,318]", out.get("ids").toString());
    }

    /** Book line 18164: cos = 5/√26 ≈ 0.98, distance √5 ≈ 2.24. */
    @Test
    void embedCosineOfTheBooksVectors() throws Exception {
        JsonNode out = json(run("embed", "cosine", "--vectors", "2,3;4,4"));
        assertEquals(5 / Math.sqrt(26), out.get("cosine").get(0).get(1).asDouble(), 1e-12);
        assertEquals(Math.sqrt(5), out.get("distance").get(1).get(0).asDouble(), 1e-12);
    }

    @Test
    void embedOnCooccurrenceVectorsOfASmallCorpus() throws Exception {
        StringBuilder text = new StringBuilder();
        String[] animals = {"cat", "dog", "mouse"};
        String[] colours = {"red", "blue", "green"};
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 600; i++) {
            text.append(random.nextBoolean() ? "the " + animals[random.nextInt(3)] + " runs fast. "
                    : "a " + colours[random.nextInt(3)] + " car stops. ");
        }
        Path corpus = Files.writeString(dir.resolve("c.txt"), text);
        JsonNode similar = json(run("embed", "similar", "--word", "cat", "--model", "cooccurrence", "--corpus",
                corpus.toString(), "--vocabulary", "12", "--dims", "3", "--top", "2"));
        for (JsonNode nb : similar.get("neighbours")) {
            assertTrue(java.util.Set.of("dog", "mouse").contains(nb.get("token").asText()), similar.toString());
        }
        // cat − dog + red ≈ red (cat ≈ dog): the colours come first; without the inputs, red is left out.
        JsonNode analogy = json(run("embed", "analogy", "--a", "cat", "--b", "dog", "--c", "red", "--expect", "blue",
                "--model", "cooccurrence", "--corpus", corpus.toString(), "--vocabulary", "12", "--dims", "3"));
        java.util.Set<String> best = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            best.add(analogy.get("best").get(i).get("token").asText());
        }
        assertEquals(java.util.Set.of("red", "blue", "green"), best, analogy.toString());
        for (JsonNode nb : analogy.get("best_without_inputs")) {
            assertTrue(!java.util.Set.of("cat", "dog", "red").contains(nb.get("token").asText()), analogy.toString());
        }
        assertTrue(analogy.get("rank_without_inputs").asInt() <= 2, analogy.toString());
    }
}
