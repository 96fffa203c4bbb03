package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code __metadata__} of a safetensors header: written as text to text, read back, not a tensor. */
class SafeTensorsMetadataTest {
    @TempDir
    Path folder;

    @Test
    void metadataRoundTripsAndIsNoTensor() throws IOException {
        Path file = folder.resolve("m.safetensors");
        new SafeTensorsWriter().metadata("format", "pt").metadata("deepmath.training", "{\"step\":4}")
                .put("w", SafeTensorsWriter.Tensor.f32(new float[] {1, 2, 3, 4, 5, 6}, 2, 3)).write(file);
        try (SafeTensorsFile read = SafeTensorsFile.open(file)) {
            assertEquals(Map.of("format", "pt", "deepmath.training", "{\"step\":4}"), read.metadata());
            assertEquals(java.util.Set.of("w"), read.names());
            assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, read.floats("w"));
        }
        // the layout any safetensors reader expects: 8-byte length, JSON header with __metadata__ first
        byte[] bytes = Files.readAllBytes(file);
        long length = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        String header = new String(bytes, 8, (int) length, StandardCharsets.UTF_8);
        assertTrue(header.startsWith("{\"__metadata__\":{\"format\":\"pt\""), header);
    }

    @Test
    void aFileWithoutMetadataHasAnEmptyMap() throws IOException {
        Path file = folder.resolve("plain.safetensors");
        new SafeTensorsWriter().put("w", SafeTensorsWriter.Tensor.f32(new float[] {1}, 1)).write(file);
        try (SafeTensorsFile read = SafeTensorsFile.open(file)) {
            assertEquals(Map.of(), read.metadata());
        }
    }
}
