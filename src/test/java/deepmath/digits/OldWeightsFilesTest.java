package deepmath.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * One engine (issue 19): the digits lab's networks are sequential-engine models now, and the weights written by
 * their former code — the shipped {@code dense.zip} and {@code cnn.zip}, a user's saved file — still read every
 * digit as they did. "As they did" is {@link OldDigitNets}, the former computations written again as plain loops,
 * on the file's own float32 values.
 */
class OldWeightsFilesTest {
    private static final DigitSet HELD_OUT = DigitSet.shippedSplit().test();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEngineDenseNetworkComputesWhatTheFormerDenseNetworkDidWithTheSameWeights() {
        double[] p = random(ModelKind.dense(32).parameters(), 4);
        DigitNetwork dense = ModelKind.DENSE.withParameters(p.clone());
        assertEquals("784-32-10 (ReLU, softmax)", dense.shape());
        for (int s = 0; s < 10; s++) {
            assertArrayEquals(OldDigitNets.dense(p, HELD_OUT.image(s)), dense.probabilities(HELD_OUT.image(s)), 1e-12);
        }
    }

    @Test
    void aCnnFileInTheFormerLayoutGivesTheSameProbabilitiesOnceRead() throws IOException {
        double[] old = random(ModelKind.CNN.spec().parameters(), 2);
        for (int i = 0; i < old.length; i++) {
            old[i] = (float) old[i];   // what the file holds
        }
        byte[] file = formerFile("cnn", old);
        DigitNetwork cnn = WeightsFile.read(new ByteArrayInputStream(file), "old-cnn.zip");
        assertFalse(java.util.Arrays.equals(old, cnn.parameters()), "the dense rows were put in keras's order");
        for (int s = 0; s < 10; s++) {
            assertArrayEquals(OldDigitNets.cnn(old, HELD_OUT.image(s)), cnn.probabilities(HELD_OUT.image(s)), 1e-12);
        }
        // written again, in the engine's layout, it reads back the same
        DigitNetwork again = WeightsFile.read(new ByteArrayInputStream(WeightsFile.bytes(cnn, null)), "cnn.zip");
        assertArrayEquals(cnn.parameters(), again.parameters(), 0);
    }

    @Test
    void theShippedWeightsReadTheHeldOutDigitsExactlyAsWhenTheyWereTrained() throws IOException {
        for (ModelKind kind : ModelKind.values()) {
            Stored stored = stored(kind);
            DigitNetwork network = WeightsFile.shipped(kind);
            for (int s = 0; s < 20; s++) {
                double[] before = kind == ModelKind.CNN ? OldDigitNets.cnn(stored.parameters, HELD_OUT.image(s))
                        : OldDigitNets.dense(stored.parameters, HELD_OUT.image(s));
                assertArrayEquals(before, network.probabilities(HELD_OUT.image(s)), 1e-12, kind + " digit " + s);
            }
            // the accuracy their training measured and wrote in the header (0.9755 dense, 0.979 CNN)
            assertEquals(stored.header.path("heldOutAccuracy").asDouble(), DigitEvaluation.of(network, HELD_OUT).accuracy(),
                    1e-12, kind.key());
        }
    }

    private record Stored(JsonNode header, double[] parameters) {
    }

    private static Stored stored(ModelKind kind) throws IOException {
        JsonNode header = null;
        double[] p = null;
        try (InputStream in = OldWeightsFilesTest.class.getResourceAsStream("/digits/" + kind.key() + ".zip");
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().equals("model.json")) {
                    header = JSON.readTree(bytes);
                } else {
                    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
                    p = new double[bytes.length / 4];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = b.getFloat();
                    }
                }
            }
        }
        assertFalse(header.has("layout"), "the shipped files are in the former layout");
        return new Stored(header, p);
    }

    /** A weights file as the former code wrote it: no layout in the header. */
    private static byte[] formerFile(String model, double[] p) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(4 * p.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : p) {
            bytes.putFloat((float) v);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("model.json"));
            zip.write(("{\"model\": \"" + model + "\", \"parameters\": " + p.length + "}").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("parameters.f32"));
            zip.write(bytes.array());
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Weights of the size of ordinary trained ones, biases included (a fresh network's zero biases test less). */
    private static double[] random(long count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[(int) count];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble(-0.3, 0.3);
        }
        return p;
    }
}
