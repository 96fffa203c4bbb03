package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.data.ClassicSets;
import deepmath.data.CsvData;
import deepmath.nn.Evaluation;
import deepmath.nn.Network;
import deepmath.nn.NetworkJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetCommandTest {
    private static final String SECTOR = "{\"inputs\":2,\"layers\":[{\"activation\":\"heaviside\","
            + "\"weights\":[[-1,3],[2,1]],\"biases\":[0,0]},"
            + "{\"activation\":\"heaviside\",\"weights\":[[1,1]],\"biases\":[-2]}]}";

    @TempDir
    Path folder;

    @Test
    void evalPrintsTheOutputAndWithVerboseEveryLayer() throws Exception {
        Path net = Files.writeString(folder.resolve("net.json"), SECTOR);
        CliTest.Run run = CliTest.run("net", "--network", net.toString(), "--eval", "1,2");
        assertEquals(0, run.exit(), run.err());
        assertEquals("{\"output\": [1]}", run.out().strip());
        run = CliTest.run("net", "--network", net.toString(), "--eval=3,0", "--verbose");
        assertEquals("{\"output\": [0], \"layers\": [[0, 1], [0]]}", run.out().strip());
    }

    @Test
    void presetsCanBeEvaluatedToo() {
        CliTest.Run run = CliTest.run("net", "--preset", "triangle", "--eval", "2,2", "--eval", "0,0");
        assertEquals("{\"output\": [1]}\n{\"output\": [0]}", run.out().strip().replace("\r", ""));
    }

    @Test
    void trainingPrintsTheLossPerEpochAndWritesTheTrainedNetwork() throws Exception {
        Path data = Files.writeString(folder.resolve("data.csv"),
                CsvData.write(ClassicSets.TWO_GAUSSIANS.generate(100, 0.05, 2)));
        Path net = Files.writeString(folder.resolve("start.json"),
                "{\"inputs\":2,\"layers\":[{\"activation\":\"sigmoid\",\"weights\":[[0,0]],\"biases\":[0]}]}");
        Path trained = folder.resolve("trained.json");
        CliTest.Run run = CliTest.run("net", "--network", net.toString(), "--train", data.toString(), "--epochs", "30",
                "--lr", "0.5", "--out", trained.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\\R");
        assertEquals(31, lines.length);
        assertTrue(lines[0].startsWith("epoch 1 loss "), lines[0]);
        double first = Double.parseDouble(lines[0].split(" ")[3]);
        double last = Double.parseDouble(lines[29].split(" ")[3]);
        assertTrue(last < first / 3, first + " → " + last);
        assertEquals("accuracy 1.0000", lines[30]);
        Network network = NetworkJson.read(trained);
        assertEquals(1.0, Evaluation.accuracy(network, CsvData.read(data)));
    }

    @Test
    void badFilesAndPointsExitWith2NamingTheField() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"),
                "{\"inputs\":2,\"layers\":[{\"activation\":\"tanh\",\"weights\":[[1,2,3]],\"biases\":[0]}]}");
        CliTest.Run run = CliTest.run("net", "--network", bad.toString(), "--eval", "1,2");
        assertEquals(2, run.exit());
        assertEquals("deepmath-lab: bad.json: layers[0].weights[0] has 3 numbers, expected 2 (the network's inputs)",
                run.err().strip());
        Path good = Files.writeString(folder.resolve("net.json"), SECTOR);
        run = CliTest.run("net", "--network", good.toString(), "--eval", "1,2,3");
        assertEquals(2, run.exit());
        assertEquals("deepmath-lab: --eval 1,2,3: the network has 2 inputs, got 3 values", run.err().strip());
        run = CliTest.run("net", "--network", folder.resolve("none.json").toString(), "--eval", "1,2");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("deepmath-lab: no such file: "), run.err());
        Path csv = Files.writeString(folder.resolve("d.csv"), "1,2\n");
        run = CliTest.run("net", "--network", good.toString(), "--train", csv.toString());
        assertEquals(2, run.exit());
        assertEquals("deepmath-lab: the training data has 1 input column, the network 2 inputs", run.err().strip());
    }
}
