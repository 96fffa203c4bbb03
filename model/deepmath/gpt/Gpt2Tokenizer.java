package deepmath.gpt;

import com.fasterxml.jackson.databind.JsonNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.core.StrictJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * GPT-2's byte-level BPE tokenizer: text → UTF-8 bytes shown as {@link ByteLevel} characters → words
 * ({@link PreTokenizer}) → each word merged pair by pair, always the pair of lowest merge rank first, until no
 * learnt merge applies → ids from the vocabulary. Decoding joins the tokens' bytes back into UTF-8.
 */
public final class Gpt2Tokenizer {
    /** GPT-2's only special token, also its end of text. */
    public static final String END_OF_TEXT = "<|endoftext|>";
    private static final int CACHE_LIMIT = 50_000;
    static final String VOCAB = "vocab.json";
    static final String MERGES = "merges.txt";
    /** GPT-2's vocabulary size (50 000 merges + 256 bytes + end of text). */
    public static final int GPT2_VOCABULARY = 50257;
    /** Largest token id accepted: ids index an array, so a huge one would allocate gigabytes. */
    static final int MAX_ID = 10_000_000;

    private final Map<String, Integer> idOf;
    private final String[] symbolsOf;
    /** "left right" → rank (0 = merged first). */
    private final Map<String, Integer> mergeRank;
    private final Map<String, int[]> wordCache = new ConcurrentHashMap<>();

    private Gpt2Tokenizer(Map<String, Integer> idOf, List<String[]> merges) {
        this.idOf = Map.copyOf(idOf);
        int size = idOf.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        this.symbolsOf = new String[size];
        idOf.forEach((symbols, id) -> symbolsOf[id] = symbols);
        this.mergeRank = new HashMap<>(merges.size() * 2);
        for (int i = 0; i < merges.size(); i++) {
            mergeRank.putIfAbsent(merges.get(i)[0] + " " + merges.get(i)[1], i);
        }
    }

    /** The real GPT-2 vocabulary shipped in {@code resources/gpt2/} (50 257 tokens, 50 000 merges). */
    public static Gpt2Tokenizer shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * The tokenizer a folder holds: its {@code vocab.json} + {@code merges.txt}. A folder with only one of the
     * two, or neither, is refused: another vocabulary would silently give other ids.
     */
    public static Gpt2Tokenizer forModel(Path folder) throws IOException {
        Path vocab = folder.resolve(VOCAB);
        Path merges = folder.resolve(MERGES);
        boolean hasVocab = Files.isRegularFile(vocab);
        boolean hasMerges = Files.isRegularFile(merges);
        if (!hasVocab || !hasMerges) {
            throw hasVocab || hasMerges
                    ? new BadInputException(GptProblem.TOKENIZER_MISSING, folder, hasVocab ? MERGES : VOCAB)
                    : new BadInputException(GptProblem.TOKENIZER_MISSING_BOTH, folder, VOCAB, MERGES);
        }
        return fromFiles(vocab, merges);
    }

    /**
     * The tokenizer of a model folder whose config says {@code vocabSize} tokens: its own files when it has them;
     * a folder with neither file uses GPT-2's shipped vocabulary only when the model's vocabulary has GPT-2's
     * size (an original GPT-2 downloaded without its tokenizer files); otherwise it is refused, because
     * another vocabulary would silently give the model ids that mean other tokens.
     */
    public static Gpt2Tokenizer forModel(Path folder, int vocabSize) throws IOException {
        boolean hasVocab = Files.isRegularFile(folder.resolve(VOCAB));
        boolean hasMerges = Files.isRegularFile(folder.resolve(MERGES));
        if (!hasVocab && !hasMerges) {
            if (vocabSize != GPT2_VOCABULARY) {
                throw new BadInputException(GptProblem.FOREIGN_VOCABULARY, folder, VOCAB, MERGES, vocabSize,
                        GPT2_VOCABULARY);
            }
            return shipped();
        }
        Gpt2Tokenizer own = forModel(folder);
        if (own.vocabularySize() > vocabSize) {
            throw new BadInputException(GptProblem.VOCABULARY_SIZE, folder, VOCAB, own.vocabularySize(), vocabSize);
        }
        return own;
    }

    /** Reads a Hugging Face pair {@code vocab.json} + {@code merges.txt} (or OpenAI's {@code encoder.json} + {@code vocab.bpe}). */
    public static Gpt2Tokenizer fromFiles(Path vocabJson, Path merges) throws IOException {
        try (InputStream vocab = Files.newInputStream(vocabJson); InputStream rules = Files.newInputStream(merges)) {
            return read(vocab, rules, vocabJson.getFileName().toString());
        }
    }

    static Gpt2Tokenizer read(InputStream vocabJson, InputStream mergesText, String source) throws IOException {
        // One line naming the file, the line and the column; never the parser's own message.
        JsonNode vocab = StrictJson.parse(vocabJson, "'" + source + "' is damaged");
        if (vocab == null || !vocab.isObject() || vocab.isEmpty()) {
            throw new BadInputException(GptProblem.NOT_VOCABULARY, source);
        }
        Map<String, Integer> idOf = new HashMap<>(vocab.size() * 2);
        java.util.BitSet taken = new java.util.BitSet();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode id = entry.getValue();
            if (!JsonFields.isInteger(id) || !id.canConvertToInt() || id.asInt() < 0 || id.asInt() > MAX_ID) {
                throw new BadInputException(GptProblem.BAD_ID, source, shorten(entry.getKey()), MAX_ID);
            }
            if (taken.get(id.asInt())) {
                throw new BadInputException(GptProblem.ID_TWICE, source, id.asInt());
            }
            taken.set(id.asInt());
            idOf.put(entry.getKey(), id.asInt());
        }
        List<String[]> merges = new ArrayList<>(50_000);
        BufferedReader lines = new BufferedReader(new InputStreamReader(mergesText, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("#version") || line.isBlank()) {
                continue;
            }
            String[] pair = line.strip().split(" ");
            if (pair.length != 2) {
                throw new BadInputException(GptProblem.MERGE_RULE, merges.size() + 1, shorten(line));
            }
            merges.add(pair);
        }
        return new Gpt2Tokenizer(idOf, merges);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    public int vocabularySize() {
        return symbolsOf.length;
    }

    /** The ids of {@code text}; any Unicode text is representable (every byte is a token). */
    public int[] encode(String text) {
        List<int[]> parts = new ArrayList<>();
        int length = 0;
        for (String word : PreTokenizer.split(text)) {
            int[] ids = wordCache.get(word);
            if (ids == null) {
                ids = bpe(ByteLevel.encode(word));
                if (wordCache.size() < CACHE_LIMIT) {
                    wordCache.put(word, ids);
                }
            }
            parts.add(ids);
            length += ids.length;
        }
        int[] out = new int[length];
        int at = 0;
        for (int[] ids : parts) {
            System.arraycopy(ids, 0, out, at, ids.length);
            at += ids.length;
        }
        return out;
    }

    /** The words GPT-2 merges one at a time: the pre-tokenised text, each word spelt in byte-level symbols ("Ġdog"). */
    public List<String> byteLevelWords(String text) {
        List<String> out = new ArrayList<>();
        for (String word : PreTokenizer.split(text)) {
            out.add(ByteLevel.encode(word));
        }
        return out;
    }

    /** The rank of the merge rule "left right" (0 = learnt first), or −1 when there is no such rule. */
    public int mergeRank(String left, String right) {
        Integer rank = mergeRank.get(left + " " + right);
        return rank == null ? -1 : rank;
    }

    /** The text of {@code ids}; bytes that are not valid UTF-8 (a cut emoji) become U+FFFD, as in GPT-2. */
    public String decode(int[] ids) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int id : ids) {
            bytes.writeBytes(bytesOf(id));
        }
        return utf8(bytes.toByteArray());
    }

    /** Each token as text on its own (for chips and labels): " dog", "Ġ" shown as a space. */
    public List<String> tokenTexts(int[] ids) {
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(utf8(bytesOf(id)));
        }
        return out;
    }

    /** The vocabulary entry of {@code id} as written in the vocabulary file ("Ġdog"). */
    public String symbols(int id) {
        checkId(id);
        return symbolsOf[id];
    }

    /** The id of a vocabulary entry, if it exists. */
    public java.util.OptionalInt id(String symbols) {
        Integer id = idOf.get(symbols);
        return id == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(id);
    }

    private byte[] bytesOf(int id) {
        checkId(id);
        String symbols = symbolsOf[id];
        if (symbols == null) {
            throw new BadInputException(GptProblem.ID_NOT_IN_VOCABULARY, id);
        }
        byte[] bytes = ByteLevel.bytes(symbols);
        // Special tokens such as <|endoftext|> are plain ASCII, not byte-level symbols.
        return bytes != null ? bytes : symbols.getBytes(StandardCharsets.UTF_8);
    }

    private void checkId(int id) {
        if (id < 0 || id >= symbolsOf.length) {
            throw new BadInputException(GptProblem.ID_OUTSIDE, id, symbolsOf.length - 1);
        }
    }

    /** Byte-pair merging of one word: repeatedly merge every occurrence of the best-ranked adjacent pair. */
    private int[] bpe(String word) {
        List<String> symbols = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            symbols.add(String.valueOf(word.charAt(i)));
        }
        while (symbols.size() > 1) {
            int bestRank = Integer.MAX_VALUE;
            String bestLeft = null;
            String bestRight = null;
            for (int i = 0; i + 1 < symbols.size(); i++) {
                Integer rank = mergeRank.get(symbols.get(i) + " " + symbols.get(i + 1));
                if (rank != null && rank < bestRank) {
                    bestRank = rank;
                    bestLeft = symbols.get(i);
                    bestRight = symbols.get(i + 1);
                }
            }
            if (bestLeft == null) {
                break;
            }
            List<String> merged = new ArrayList<>(symbols.size());
            for (int i = 0; i < symbols.size(); i++) {
                if (i + 1 < symbols.size() && symbols.get(i).equals(bestLeft) && symbols.get(i + 1).equals(bestRight)) {
                    merged.add(bestLeft + bestRight);
                    i++;
                } else {
                    merged.add(symbols.get(i));
                }
            }
            symbols = merged;
        }
        List<Integer> ids = new ArrayList<>(symbols.size());
        for (String symbol : symbols) {
            Integer id = idOf.get(symbol);
            if (id != null) {
                ids.add(id);
                continue;
            }
            // A vocabulary restricted to a corpus's tokens (a small trained model) lacks some merged symbols:
            // such a symbol is spelt with its single bytes, which every vocabulary we write keeps.
            for (int c = 0; c < symbol.length(); c++) {
                Integer byteId = idOf.get(String.valueOf(symbol.charAt(c)));
                if (byteId == null) {
                    throw new IllegalStateException("the vocabulary has no entry for '" + symbol + "' nor its bytes");
                }
                ids.add(byteId);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The merge rules in rank order, one "left right" per line, as in Hugging Face's {@code merges.txt}. */
    public void writeMerges(Path file) throws IOException {
        String[] ordered = new String[mergeRank.size()];
        int count = 0;
        Map<Integer, String> byRank = new java.util.TreeMap<>();
        mergeRank.forEach((pair, rank) -> byRank.put(rank, pair));
        for (String pair : byRank.values()) {
            ordered[count++] = pair;
        }
        StringBuilder text = new StringBuilder("#version: 0.2\n");
        for (int i = 0; i < count; i++) {
            text.append(ordered[i]).append('\n');
        }
        AtomicFiles.writeString(file, text);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loaded on first use: parsing 50 257 entries and 50 000 merges takes a few hundred milliseconds. */
    private static final class Shipped {
        static final Gpt2Tokenizer INSTANCE = load();

        private static Gpt2Tokenizer load() {
            try (InputStream vocab = new GZIPInputStream(resource("/gpt2/encoder.json.gz"));
                 InputStream merges = new GZIPInputStream(resource("/gpt2/vocab.bpe.gz"))) {
                return read(vocab, merges, "encoder.json");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped GPT-2 vocabulary", e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = Gpt2Tokenizer.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in;
        }
    }
}
