package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.RandomGpt2;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file reports a write it cannot make as one line, "cannot write FILE: reason",
 * with exit status 1, before doing the long work; an existing file in the way of a failed write stays as it was.
 */
class WriteErrorsTest {
    private static final Gpt2Config TINY = new Gpt2Config(2, 2, 8, 32, 50257, 1e-5);

    @TempDir
    Path folder;

    /** The arguments of each writing command, with {@code target} as its output file. */
    private List<String[]> commands(Path target) throws IOException {
        Path image = folder.resolve("in.png");
        if (!Files.exists(image)) {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY), "png", image.toFile());
            Files.writeString(folder.resolve("data.csv"), "x1,x2,y\n0,0,0\n1,1,1\n0,1,1\n1,0,0\n");
            Files.createDirectories(folder.resolve("model"));
            Gpt2Checkpoint.write(folder.resolve("model"), TINY, RandomGpt2.tensors(TINY, 9, "transformer."));
        }
        String out = target.toString();
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"conv", "--image", image.toString(), "--kernel", "identity", "--out", out});
        all.add(new String[] {"net", "--preset", "triangle", "--train", folder.resolve("data.csv").toString(),
            "--epochs", "1", "--out", out});
        all.add(new String[] {"descent", "--function", "x^2", "--start", "1", "--csv", out});
        all.add(new String[] {"attention", "--model", folder.resolve("model").toString(), "--text", "hi", "--out", out});
        all.add(new String[] {"digits", "train", "--model", "dense", "--epochs", "1", "--out", out});
        return all;
    }

    @Test
    void aMissingFolderIsOneLineWithTheReasonAndExitOne() throws IOException {
        Path target = folder.resolve("no-such-folder").resolve("out.file");
        for (String[] args : commands(target)) {
            CliTest.Run run = CliTest.run(args);
            assertEquals(1, run.exit(), args[0] + ": " + run.err());
            assertEquals("deepmath-lab: cannot write " + target + ": folder does not exist",
                    run.err().strip(), args[0]);
            assertEquals("", run.out(), args[0] + " did its work before refusing");
        }
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void aFolderInTheWayIsNotReplaced() throws IOException {
        Path target = Files.createDirectories(folder.resolve("in-the-way"));
        Files.writeString(target.resolve("keep.txt"), "kept");
        for (String[] args : commands(target)) {
            CliTest.Run run = CliTest.run(args);
            assertEquals(1, run.exit(), args[0] + ": " + run.err());
            assertEquals("deepmath-lab: cannot write " + target + ": it is a folder", run.err().strip(), args[0]);
        }
        assertEquals("kept", Files.readString(target.resolve("keep.txt")));
    }

    @Test
    void aSuccessfulWriteLeavesOnlyTheFile() throws IOException {
        Path target = folder.resolve("out").resolve("x.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");
        CliTest.Run run = CliTest.run("descent", "--function", "x^2", "--start", "1", "--steps", "2", "--csv",
                target.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(target).startsWith("k,x,grad_x,f"), Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of("x.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
