package deepmath.app.cli;

import static deepmath.app.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.app.cli.CliTest.Run;
import org.junit.jupiter.api.Test;

/** {@code prob softmax|loss|normalise}: the JSON parsed back, its numbers against the book and by hand. */
class ProbCommandTest {

    private static JsonNode json(String... args) throws Exception {
        Run run = run(args);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void softmaxOfTheBooksVectorLine16546() throws Exception {
        JsonNode out = json("prob", "softmax", "--values", "3,1,8,6,0");
        double[] book = {0.0059, 0.0008, 0.8746, 0.1184, 0.0003};
        assertEquals(5, out.get("probabilities").size());
        for (int i = 0; i < 5; i++) {
            assertEquals(book[i], out.get("probabilities").get(i).asDouble(), 1e-4);
        }
        JsonNode j = out.get("jacobian");
        assertEquals(5, j.size());
        double p3 = out.get("probabilities").get(2).asDouble();
        assertEquals(p3 * (1 - p3), j.get(2).get(2).asDouble(), 1e-15);
    }

    @Test
    void softmaxWithTemperatureDividesTheJacobianByT() throws Exception {
        JsonNode out = json("prob", "softmax", "--values", "1,2,3", "--temperature", "2");
        double e = Math.exp(0.5);
        double s = 1 + e + e * e;
        assertEquals(e * e / s, out.get("probabilities").get(2).asDouble(), 1e-15);
        double p0 = 1 / s;
        double p1 = e / s;
        assertEquals(-p0 * p1 / 2, out.get("jacobian").get(0).get(1).asDouble(), 1e-15);
    }

    @Test
    void lossesOfTheBooksExamples() throws Exception {
        JsonNode mse = json("prob", "loss", "--kind", "mse", "--target", "1,2,5,1,3", "--predicted", "1.2,1.9,4.5,1.1,2.7");
        assertEquals(0.08, mse.get("loss").asDouble(), 1e-12, "line 16634");
        assertEquals(0.25, mse.get("terms").get(2).asDouble(), 1e-12, "(5 − 4.5)²");
        JsonNode mae = json("prob", "loss", "--kind", "mae", "--target", "1,2,5,1,3", "--predicted", "1.2,1.9,4.5,1.1,2.7");
        assertEquals(0.24, mae.get("loss").asDouble(), 1e-12, "line 16666");
        JsonNode msle = json("prob", "loss", "--kind", "msle", "--target", "1,5,10,100", "--predicted", "2,4,8,105");
        assertEquals(0.060, msle.get("loss").asDouble(), 5e-4, "line 16707");
        assertEquals(Math.pow(Math.log(2) - Math.log(3), 2), msle.get("terms").get(0).asDouble(), 1e-15);
        JsonNode bce = json("prob", "loss", "--kind", "bce", "--target", "1,0,1,1,0,1", "--predicted",
                "0.9,0.2,0.8,1.0,0.1,0.7");
        assertEquals(0.17, bce.get("loss").asDouble(), 0.005, "line 16753");
        assertEquals(-Math.log(0.8), bce.get("terms").get(1).asDouble(), 1e-12, "y = 0: ln(1 − 0.2)");
    }

    @Test
    void categoricalCrossEntropyTakesRows() throws Exception {
        JsonNode cce = json("prob", "loss", "--kind", "cce", "--target", "0,0,1;1,0,0", "--predicted",
                "0.1,0.2,0.7;0.5,0.25,0.25");
        assertEquals(2, cce.get("terms").size());
        assertEquals(-Math.log(0.7), cce.get("terms").get(0).asDouble(), 1e-12);
        assertEquals((-Math.log(0.7) - Math.log(0.5)) / 2, cce.get("loss").asDouble(), 1e-12);
    }

    @Test
    void normaliseTheBooksHeightsLine16951() throws Exception {
        JsonNode out = json("prob", "normalise", "--values", "172,165,187,181,167,184,168,174,180,186",
                "--method", "standard");
        assertEquals(176.4, out.get("mean").asDouble(), 1e-9);
        assertEquals(Math.sqrt(61.04), out.get("std").asDouble(), 1e-9);
        assertEquals(-0.56, out.get("values").get(0).asDouble(), 0.01, "line 16994");
        assertEquals(1.36, out.get("values").get(2).asDouble(), 0.01);
        JsonNode minmax = json("prob", "normalise", "--values", "0,51,255", "--method", "minmax");
        assertEquals(0.2, minmax.get("values").get(1).asDouble(), 1e-15, "the book's n/255 for grey levels");
        assertEquals(1, minmax.get("values").get(2).asDouble(), 0);
    }

    @Test
    void badNumbersAreOneLineAndExitTwo() {
        Run run = run("prob", "softmax", "--values", "1,x,3");
        ExitCodesTest.assertOneLineRefusal(run, 2, "prob softmax: bad number");
        assertTrue(run.err().contains("'x'"), run.err());
    }
}
