package deepmath.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import deepmath.app.session.SessionData;
import deepmath.app.session.SessionFile;
import deepmath.conv.Kernel;
import deepmath.conv.Plane;
import deepmath.core.FileWriteException;
import deepmath.digits.ModelKind;
import deepmath.digits.WeightsFile;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.SafeTensorsWriter;
import deepmath.gpt.train.TrainingLog;
import deepmath.image.ImageFiles;
import deepmath.image.KernelFiles;
import deepmath.image.RasterImage;
import deepmath.image.ToneMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * Each writer of a user's file, on a disk that fills up after a few bytes: it reports "cannot write FILE: no space
 * left on device", the file it was replacing keeps every byte, and no temporary file is left beside it.
 * (Before AtomicFiles, these writers truncated the old file first, or ImageIO deleted it.)
 */
class FullDiskWritesTest {
    private static final byte[] OLD = "the previous version, which must survive a full disk\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private void survives(String name, WriteTo write) throws Exception {
        Path real = folder.resolve(name);
        Files.write(real, OLD);
        Path onSmallDisk = SmallDisk.withRoom(20).path(real);
        Executable call = () -> write.to(onSmallDisk);
        Exception e = assertThrows(Exception.class, call, name);
        assertArrayEquals(OLD, Files.readAllBytes(real), name + " lost its old content");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(name), files.map(p -> p.getFileName().toString()).toList(),
                    "a temporary file was left beside " + name);
        }
        assertEquals(FileWriteException.class, e.getClass(), name + ": " + e);
        assertEquals("cannot write " + real + ": no space left on device", e.getMessage(), name);
    }

    @FunctionalInterface
    private interface WriteTo {
        void to(Path file) throws Exception;
    }

    @Test
    void aConvolutionResultPng() throws Exception {
        RasterImage image = RasterImage.grey(Plane.of(new double[64][64]));
        survives("result.png", file -> ImageFiles.writePng(image, ToneMapping.CLIP, file));
    }

    @Test
    void kernelFilesAsTextAndJson() throws Exception {
        Kernel kernel = Kernel.of(new double[][] {{1, 2, 1}, {0, 0, 0}, {-1, -2, -1}});
        survives("sobel.txt", file -> KernelFiles.write(kernel, file));
        Files.delete(folder.resolve("sobel.txt"));
        survives("sobel.json", file -> KernelFiles.write(kernel, file));
    }

    @Test
    void digitWeights() throws Exception {
        survives("weights.zip", file -> WeightsFile.write(WeightsFile.shipped(ModelKind.DENSE),
                JsonNodeFactory.instance.objectNode(), file));
    }

    @Test
    void safetensorsAndGpt2Config() throws Exception {
        survives("model.safetensors", file -> new SafeTensorsWriter()
                .put("w", SafeTensorsWriter.Tensor.f32(new float[64], 8, 8)).write(file));
        Files.delete(folder.resolve("model.safetensors"));
        survives("config.json", file -> new Gpt2Config(2, 2, 8, 32, 300, 1e-5).write(file));
    }

    @Test
    void tokenizerMerges() throws Exception {
        survives("merges.txt", file -> Gpt2Tokenizer.shipped().writeMerges(file));
    }

    @Test
    void aTrainingLogCutBackOnResume() throws Exception {
        Path real = folder.resolve("training-log.tsv");
        StringBuilder log = new StringBuilder("step\tloss\tlearning_rate\tgradient_norm\tvalidation_loss\n");
        for (int step = 1; step <= 20; step++) {
            log.append(step).append("\t1.0\t0.001\t0.5\t\n");
        }
        Files.writeString(real, log);
        byte[] before = Files.readAllBytes(real);
        assertThrows(Exception.class, () -> TrainingLog.truncate(SmallDisk.withRoom(20).path(real), 10));
        assertArrayEquals(before, Files.readAllBytes(real), "the log lost its rows");
        TrainingLog.truncate(real, 10);
        assertEquals(10, TrainingLog.read(real).trainingLoss().size());
    }

    @Test
    void aSession() throws Exception {
        SessionData session = new SessionData("descent", "fr",
                Map.of("descent", JsonNodeFactory.instance.objectNode().put("x", 1)));
        survives("lab.session.json", file -> new SessionFile().write(file, session));
    }
}
