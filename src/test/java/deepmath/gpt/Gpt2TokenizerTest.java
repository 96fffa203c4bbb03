package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.core.BadInputException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book's tokenizer examples, encodings from an independent implementation, and round trips. */
class Gpt2TokenizerTest {
    private final Gpt2Tokenizer tokenizer = Gpt2Tokenizer.shipped();

    @Test
    void helloWorldIsTwoTokensAsInTheBook() {
        assertArrayEquals(new int[] {31373, 995}, tokenizer.encode("hello world"));
        assertEquals(List.of("hello", " world"), tokenizer.tokenTexts(new int[] {31373, 995}));
    }

    @Test
    void theBooksSentencesHaveTheirKnownIds() {
        assertArrayEquals(new int[] {464, 3290, 318, 2042}, tokenizer.encode("The dog is black"));
        assertArrayEquals(new int[] {3290}, tokenizer.encode(" dog"));
        assertArrayEquals(new int[] {1212, 3290, 318}, tokenizer.encode("This dog is"));
    }

    @Test
    void idsAgreeWithTheVocabularyFile() {
        assertEquals(50257, tokenizer.vocabularySize());
        assertEquals("Ġdog", tokenizer.symbols(3290));
        assertEquals(50256, tokenizer.id(Gpt2Tokenizer.END_OF_TEXT).getAsInt());
        assertEquals(0, tokenizer.id("!").getAsInt(), "byte '!' is the first entry");
        assertEquals(List.of("<|endoftext|>"), tokenizer.tokenTexts(new int[] {50256}));
    }

    @Test
    void encodingsMatchTheGpt3EncoderPackage() throws Exception {
        // Written by the npm package gpt-3-encoder 1.1.4 (JavaScript, its own regex and BPE loop).
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/gpt2/encodings-gpt-3-encoder.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        assertEquals(22, cases.size());
        for (JsonNode c : cases) {
            int[] expected = new ObjectMapper().convertValue(c.get("ids"), int[].class);
            String text = c.get("text").asText();
            assertArrayEquals(expected, tokenizer.encode(text), text);
            assertEquals(text, tokenizer.decode(expected));
        }
    }

    @Test
    void anyUnicodeTextSurvivesARoundTrip() {
        Random random = new Random(2026);
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x17F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x3040, 0x30FF},
                {0x4E00, 0x4FFF}, {0x1F300, 0x1F64F}, {0x9, 0xD}, {0x2000, 0x206F}, {0x0, 0x1F}};
        for (int trial = 0; trial < 300; trial++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int[] range = ranges[random.nextInt(ranges.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            String s = text.toString();
            assertEquals(s, tokenizer.decode(tokenizer.encode(s)), "round trip of " + s.codePoints().count() + " code points");
        }
    }

    @Test
    void anEmojiCutAcrossTokensDecodesPerTokenWithReplacementCharacters() {
        int[] ids = tokenizer.encode("🐶");
        assertEquals(true, ids.length > 1, "the dog face is several byte tokens");
        assertEquals("🐶", tokenizer.decode(ids));
        assertEquals(true, tokenizer.tokenTexts(ids).get(0).contains("\uFFFD"));
    }

    @Test
    void mergesApplyByRankNotByPosition(@TempDir Path folder) throws Exception {
        // A hand-made vocabulary: with "b c" ranked before "a b", "abc" must become a + bc, not ab + c.
        Path vocab = folder.resolve("vocab.json");
        Path merges = folder.resolve("merges.txt");
        Files.writeString(vocab, "{\"a\": 0, \"b\": 1, \"c\": 2, \"ab\": 3, \"bc\": 4, \"abc\": 5}");
        Files.writeString(merges, "#version: 0.2\nb c\na b\n");
        Gpt2Tokenizer tiny = Gpt2Tokenizer.fromFiles(vocab, merges);
        assertArrayEquals(new int[] {0, 4}, tiny.encode("abc"));
        Files.writeString(merges, "#version: 0.2\nb c\na bc\n");
        assertArrayEquals(new int[] {5}, Gpt2Tokenizer.fromFiles(vocab, merges).encode("abc"));
    }

    @Test
    void badIdsAndBadFilesAreOneLineErrors(@TempDir Path folder) throws Exception {
        BadInputException e = assertThrows(BadInputException.class, () -> tokenizer.decode(new int[] {50257}));
        assertEquals("token id 50257 is outside the vocabulary (0..50256)", e.getMessage());
        Path vocab = folder.resolve("vocab.json");
        Files.writeString(vocab, "[1, 2]");
        Files.writeString(folder.resolve("merges.txt"), "");
        assertThrows(BadInputException.class, () -> Gpt2Tokenizer.fromFiles(vocab, folder.resolve("merges.txt")));
    }

    @Test
    void preTokenisationKeepsTheSpaceWithTheWordAndSplitsContractions() {
        assertEquals(List.of("I", "'m", " sure", " it", "'s", " 42", "!!", " ", " ok"),
                PreTokenizer.split("I'm sure it's 42!!  ok"));
    }
}
