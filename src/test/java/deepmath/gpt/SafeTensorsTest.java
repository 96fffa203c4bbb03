package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safetensors layout, its element types, and clear refusals of damaged checkpoints. */
class SafeTensorsTest {
    @TempDir
    Path folder;

    @Test
    void writtenTensorsReadBackWithTheirShapesInEachType() throws Exception {
        float[] values = {0f, 1f, -2.5f, 3.140625f, 65504f, 1e-3f};
        Path file = folder.resolve("t.safetensors");
        new SafeTensorsWriter()
                .put("a", SafeTensorsWriter.Tensor.f32(values, 2, 3))
                .put("b", new SafeTensorsWriter.Tensor(new long[] {6}, values, DType.F16))
                .put("c", new SafeTensorsWriter.Tensor(new long[] {3, 2}, values, DType.BF16))
                .write(file);
        try (SafeTensorsFile in = SafeTensorsFile.open(file)) {
            assertEquals(java.util.List.of("a", "b", "c"), java.util.List.copyOf(in.names()));
            assertArrayEquals(new long[] {2, 3}, in.info("a").shape());
            assertArrayEquals(values, in.floats("a"));
            // Half precision keeps 11 significant bits; these values are exact in it except 1e-3.
            float[] half = in.floats("b");
            assertArrayEquals(new float[] {0f, 1f, -2.5f, 3.140625f, 65504f}, java.util.Arrays.copyOf(half, 5));
            assertEquals(1e-3, half[5], 1e-3 * 0x1p-11);
            float[] brain = in.floats("c");
            assertEquals(DType.BF16, in.info("c").dtype());
            assertArrayEquals(new float[] {0f, 1f, -2.5f}, java.util.Arrays.copyOf(brain, 3));
            assertEquals(3.140625, brain[3], 3.15 * 0x1p-8);
        }
        // The header is 8-byte aligned JSON after a little-endian u64 length.
        byte[] bytes = Files.readAllBytes(file);
        long length = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, length % 8);
        assertTrue(new String(bytes, 8, (int) length, StandardCharsets.UTF_8).contains("\"data_offsets\":[0,24]"));
    }

    @Test
    void halfPrecisionConversionIsExactOnKnownBitPatterns() {
        assertEquals(1f, DType.halfToFloat((short) 0x3C00));
        assertEquals(-2f, DType.halfToFloat((short) 0xC000));
        assertEquals(0x1p-24f, DType.halfToFloat((short) 0x0001), "smallest subnormal");
        assertEquals(Float.POSITIVE_INFINITY, DType.halfToFloat((short) 0x7C00));
        assertEquals((short) 0x3555, DType.floatToHalf(1f / 3), "1/3 rounds to nearest");
        for (int bits = 0; bits < 0x7C00; bits++) {
            assertEquals((short) bits, DType.floatToHalf(DType.halfToFloat((short) bits)), "half " + bits);
        }
    }

    @Test
    void aTruncatedCheckpointIsRefusedWithItsReason() throws Exception {
        Path dir = folder.resolve("m");
        TinyCheckpoints.write(dir, TinyCheckpoints.TINY, 1, "");
        Path weights = dir.resolve(Gpt2Checkpoint.WEIGHTS);
        try (var channel = java.nio.channels.FileChannel.open(weights, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(weights) - 10);
        }
        BadInputException e = assertThrows(BadInputException.class, () -> Gpt2Checkpoint.load(dir, Progress.NONE));
        assertTrue(e.getMessage().startsWith("'model.safetensors' is truncated: tensor 'ln_f.bias' ends at byte"),
                e.getMessage());
    }

    @Test
    void aMissingTensorIsNamed() throws Exception {
        Map<String, SafeTensorsWriter.Tensor> tensors = new LinkedHashMap<>(
                RandomGpt2.tensors(TinyCheckpoints.TINY, 1, ""));
        tensors.remove("h.1.mlp.c_fc.bias");
        Gpt2Checkpoint.write(folder, TinyCheckpoints.TINY, tensors);
        BadInputException e = assertThrows(BadInputException.class, () -> Gpt2Checkpoint.load(folder, Progress.NONE));
        assertEquals("'model.safetensors' has no tensor 'h.1.mlp.c_fc.bias': not a GPT-2 checkpoint, or a different"
                + " architecture", e.getMessage());
    }

    @Test
    void aShapeThatContradictsTheConfigIsNamed() throws Exception {
        Gpt2Config other = new Gpt2Config(2, 3, 12, 20, 61, 1e-5);
        Gpt2Checkpoint.write(folder, TinyCheckpoints.TINY, RandomGpt2.tensors(other, 1, ""));
        BadInputException e = assertThrows(BadInputException.class, () -> Gpt2Checkpoint.load(folder, Progress.NONE));
        assertEquals("tensor 'wte.weight' has shape [61, 12], config.json implies [60, 12]", e.getMessage());
    }

    @Test
    void notASafetensorsFileAndMissingFilesAreRefused() throws Exception {
        Path file = folder.resolve("x.safetensors");
        Files.writeString(file, "this is a text file, not tensors");
        BadInputException e = assertThrows(BadInputException.class, () -> SafeTensorsFile.open(file));
        assertTrue(e.getMessage().startsWith("'x.safetensors' is not a safetensors file or is truncated"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> Gpt2Checkpoint.load(folder.resolve("none"), Progress.NONE));
        assertTrue(e.getMessage().endsWith("is not a folder (a GPT-2 model is a folder with config.json and"
                + " model.safetensors)"), e.getMessage());
    }

    @Test
    void halfPrecisionCheckpointsRunCloseToTheirFloatOriginal() throws Exception {
        Nd4jRuntime.initialise();
        Map<String, SafeTensorsWriter.Tensor> f32 = RandomGpt2.tensors(TinyCheckpoints.TINY, 5, "transformer.");
        Map<String, SafeTensorsWriter.Tensor> f16 = new LinkedHashMap<>();
        f32.forEach((k, t) -> f16.put(k, new SafeTensorsWriter.Tensor(t.shape(), t.values(), DType.F16)));
        // An extra mask buffer of another element type, as old checkpoints have: ignored.
        f16.put("transformer.h.0.attn.bias", SafeTensorsWriter.Tensor.f32(new float[] {1}, 1));
        Gpt2Checkpoint.write(folder.resolve("a"), TinyCheckpoints.TINY, f32);
        Gpt2Checkpoint.write(folder.resolve("b"), TinyCheckpoints.TINY, f16);
        int[] ids = {1, 2, 3};
        float[] a = Gpt2Checkpoint.load(folder.resolve("a"), Progress.NONE).forward(ids, EnumSet.noneOf(Capture.class)).lastLogits();
        float[] b = Gpt2Checkpoint.load(folder.resolve("b"), Progress.NONE).forward(ids, EnumSet.noneOf(Capture.class)).lastLogits();
        assertArrayEquals(a, b, 2e-3f);
    }
}
