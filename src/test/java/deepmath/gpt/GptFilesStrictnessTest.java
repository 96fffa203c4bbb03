package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.nd.Nd4jRuntime;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model folders: vocabularies, element types, sizes — each problem refused in one line, or read correctly. */
class GptFilesStrictnessTest {
    @TempDir
    Path folder;

    /** A safetensors file from a header written by hand and {@code dataBytes} zero bytes. */
    static byte[] safetensors(String header, int dataBytes) {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + json.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(json.length).put(json);
        return b.array();
    }

    private String openRefusal(String header, int dataBytes) throws Exception {
        Path file = folder.resolve("t.safetensors");
        Files.write(file, safetensors(header, dataBytes));
        return assertThrows(BadInputException.class, () -> SafeTensorsFile.open(file).close()).getMessage();
    }

    @Test
    void aDamagedVocabularyIsOneLineWithoutParserInternals() throws Exception {
        Path vocab = folder.resolve("vocab.json");
        Path merges = folder.resolve("merges.txt");
        Files.writeString(vocab, "{\"a\": 0, \"b\": 1,\n \"c\" 2}");
        Files.writeString(merges, "#version: 0.2\na b\n");
        // Before: Jackson's JsonParseException ("Unexpected character (... (code 50)) ... [Source: ...]"), exit 1.
        BadInputException e = assertThrows(BadInputException.class, () -> Gpt2Tokenizer.fromFiles(vocab, merges));
        assertEquals("'vocab.json' is damaged: not valid JSON at line 2, column 6", e.getMessage());
        Files.writeString(vocab, "{\"a\": 0, \"b\": 1} trailing");
        assertTrue(assertThrows(BadInputException.class, () -> Gpt2Tokenizer.fromFiles(vocab, merges)).getMessage()
                .startsWith("'vocab.json' is damaged: text after the end of the JSON value"));
        Files.writeString(vocab, "{\"a\": 0, \"b\": 4294967296}");
        assertEquals("'vocab.json': token 'b' has no valid id (an integer from 0 to 10000000)",
                assertThrows(BadInputException.class, () -> Gpt2Tokenizer.fromFiles(vocab, merges)).getMessage());
        Files.writeString(vocab, "{\"a\": 0, \"b\": 0}");
        assertEquals("'vocab.json': id 0 is given to two tokens",
                assertThrows(BadInputException.class, () -> Gpt2Tokenizer.fromFiles(vocab, merges)).getMessage());
    }

    @Test
    void aFolderWithoutItsVocabularyIsRefusedNotGivenGpt2s() throws Exception {
        Files.writeString(folder.resolve("merges.txt"), "#version: 0.2\n");
        // Before: GPT-2's shipped vocabulary, silently.
        String message = assertThrows(BadInputException.class, () -> Gpt2Tokenizer.forModel(folder)).getMessage();
        assertEquals("'" + folder + "' has no vocab.json: a GPT-2 tokenizer needs both files", message);
        Files.delete(folder.resolve("merges.txt"));
        assertThrows(BadInputException.class, () -> Gpt2Tokenizer.forModel(folder));
        // A model whose vocabulary has GPT-2's size and no tokenizer files is an original GPT-2: documented fallback.
        assertEquals(Gpt2Tokenizer.GPT2_VOCABULARY, Gpt2Tokenizer.forModel(folder, 50257).vocabularySize());
        assertEquals("'" + folder + "' has no vocab.json and no merges.txt, and its vocabulary (60 tokens) is not"
                        + " GPT-2's (50257): copy the model's tokenizer files into the folder",
                assertThrows(BadInputException.class, () -> Gpt2Tokenizer.forModel(folder, 60)).getMessage());
    }

    @Test
    void aSmallModelWithoutItsTokenizerIsRefusedOnOpening() throws Exception {
        Nd4jRuntime.initialise();
        Path model = folder.resolve("tiny");
        TinyCheckpoints.write(model, TinyCheckpoints.TINY, 3, "");
        // Before: opened with GPT-2's 50 257 tokens for a model that has 60 — ids beyond its embedding.
        BadInputException e = assertThrows(BadInputException.class, () -> LoadedGpt2.open(model, Progress.NONE));
        assertTrue(e.getMessage().contains("its vocabulary (60 tokens) is not GPT-2's"), e.getMessage());
    }

    @Test
    void anF64CheckpointIsReadNotReportedAsMissing() throws Exception {
        Nd4jRuntime.initialise();
        Map<String, SafeTensorsWriter.Tensor> f32 = RandomGpt2.tensors(TinyCheckpoints.TINY, 5, "");
        Map<String, SafeTensorsWriter.Tensor> f64 = new LinkedHashMap<>();
        f32.forEach((k, t) -> f64.put(k, new SafeTensorsWriter.Tensor(t.shape(), t.values(), DType.F64)));
        Gpt2Checkpoint.write(folder.resolve("a"), TinyCheckpoints.TINY, f32);
        Gpt2Checkpoint.write(folder.resolve("b"), TinyCheckpoints.TINY, f64);
        try (SafeTensorsFile file = SafeTensorsFile.open(folder.resolve("b").resolve(Gpt2Checkpoint.WEIGHTS))) {
            assertEquals(DType.F64, file.info("wte.weight").dtype());
            assertArrayEquals(f32.get("wte.weight").values(), file.floats("wte.weight"), 0f, "float → double → float is exact");
        }
        int[] ids = {1, 2, 3};
        float[] a = Gpt2Checkpoint.load(folder.resolve("a"), Progress.NONE).forward(ids, EnumSet.noneOf(Capture.class))
                .lastLogits();
        float[] b = Gpt2Checkpoint.load(folder.resolve("b"), Progress.NONE).forward(ids, EnumSet.noneOf(Capture.class))
                .lastLogits();
        assertArrayEquals(a, b, 0f);
    }

    @Test
    void aTensorOfAnUnreadTypeIsNamedWithItsType() throws Exception {
        Path file = folder.resolve("i.safetensors");
        Files.write(file, safetensors("{\"wte.weight\":{\"dtype\":\"I32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8));
        try (SafeTensorsFile tensors = SafeTensorsFile.open(file)) {
            assertFalse(tensors.contains("wte.weight"));
            // Before: "has no tensor 'wte.weight'".
            assertEquals("'i.safetensors': tensor 'wte.weight' is I32, which this lab does not read"
                    + " (F32, F16, BF16 or F64)", assertThrows(BadInputException.class,
                    () -> tensors.info("wte.weight")).getMessage());
        }
    }

    @Test
    void overflowingShapesAndOffsetsAreRefused() throws Exception {
        // 2^64 + 1 read with asLong() was 1: a one-float tensor, accepted.
        assertEquals("'t.safetensors': tensor 'w': dimension 0 must be an integer from 0 to 4, got 18446744073709551617",
                openRefusal("{\"w\":{\"dtype\":\"F32\",\"shape\":[18446744073709551617],\"data_offsets\":[0,4]}}", 4));
        // (2^62 + 1) · 4 bytes wraps around to 4 bytes: accepted before.
        assertTrue(openRefusal("{\"w\":{\"dtype\":\"F32\",\"shape\":[4611686018427387905],\"data_offsets\":[0,4]}}", 4)
                .startsWith("'t.safetensors': tensor 'w': dimension 0 must be an integer"));
        // A product of dimensions beyond the file's size, without any single one being too large.
        assertEquals("'t.safetensors': tensor 'w' has more elements than the file has bytes", openRefusal(
                "{\"w\":{\"dtype\":\"F32\",\"shape\":[64,64,64,64,64,64,64,64,64,64,64],\"data_offsets\":[0,64]}}", 64));
        assertTrue(openRefusal("{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}} x", 4)
                .startsWith("'t.safetensors' has a damaged header: text after the end of the JSON value"));
        assertEquals("'t.safetensors': tensor 'w': data_offsets[0] must be an integer from 0 to 4, got -4",
                openRefusal("{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[-4,0]}}", 4));
    }

    @Test
    void configSizesAreExactIntegers() throws Exception {
        Path config = folder.resolve("config.json");
        Gpt2Config.SMALL.write(config);
        String text = Files.readString(config);
        Files.writeString(config, text.replace("\"n_layer\" : 12", "\"n_layer\" : 2.5").replace("\"n_layer\":12", "\"n_layer\":2.5"));
        // Before: 2.5 layers read as 2.
        assertEquals("'config.json': n_layer must be an integer from 1 to 1000, got 2.5",
                assertThrows(BadInputException.class, () -> Gpt2Config.read(config)).getMessage());
        Files.writeString(config, text + " {}");
        assertTrue(assertThrows(BadInputException.class, () -> Gpt2Config.read(config)).getMessage()
                .startsWith("'config.json': text after the end of the JSON value"));
    }
}
