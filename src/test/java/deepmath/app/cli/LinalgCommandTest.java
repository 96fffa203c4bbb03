package deepmath.app.cli;

import static deepmath.app.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.app.cli.CliTest.Run;
import org.junit.jupiter.api.Test;

/** {@code linalg min-norm|kron} and {@code positions}: the JSON parsed back against the book's chapter 18. */
class LinalgCommandTest {

    private static JsonNode json(String... args) throws Exception {
        Run run = run(args);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        return new ObjectMapper().readTree(run.out());
    }

    /** Book line 19685: x_min = (−1, 2, 4, −3)/3. */
    @Test
    void minNormOfTheBooksExampleLine19685() throws Exception {
        JsonNode x = json("linalg", "min-norm", "--matrix", "1,2,0,-1;1,1,-1,0", "--target", "2,-1").get("x");
        double[] book = {-1 / 3.0, 2 / 3.0, 4 / 3.0, -1};
        assertEquals(4, x.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(book[i], x.get(i).asDouble(), 1e-15);
        }
    }

    /** A square invertible A: the only solution, A⁻¹y; for (1 2; 3 4) and y = (1, 2), x = (0, 1/2). */
    @Test
    void minNormOfAnInvertibleMatrixIsItsSolution() throws Exception {
        JsonNode x = json("linalg", "min-norm", "--matrix", "1,2;3,4", "--target", "1,2").get("x");
        assertEquals(0, x.get(0).asDouble(), 1e-14);
        assertEquals(0.5, x.get(1).asDouble(), 1e-14);
    }

    /** Book line 20871: the 4 × 4 Kronecker matrix. */
    @Test
    void kronOfTheBooksExampleLine20871() throws Exception {
        JsonNode m = json("linalg", "kron", "--a", "1,2;3,4", "--b", "2,-1;1,0").get("matrix");
        double[][] book = {{2, -1, 4, -2}, {1, 0, 2, 0}, {6, -3, 8, -4}, {3, 0, 4, 0}};
        assertEquals(4, m.size());
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(book[r][c], m.get(r).get(c).asDouble(), 0);
            }
        }
        JsonNode wide = json("linalg", "kron", "--a", "1,2", "--b", "1;3").get("matrix");
        assertEquals("[[1.0,2.0],[3.0,6.0]]", wide.toString());
    }

    /** Book line 20263: K = 4, n = 6, p = 100. */
    @Test
    void positionsOfTheBooksExampleLine20263() throws Exception {
        JsonNode w = json("positions", "--dim", "6", "--count", "4", "--base", "100").get("positions");
        assertEquals(4, w.size());
        assertEquals(6, w.get(0).size());
        assertEquals("[1.0,0.0,1.0,0.0,1.0,0.0]", w.get(0).toString());
        double[] w3 = {-0.989, 0.141, 0.798, 0.602, 0.990, 0.138};
        for (int i = 0; i < 6; i++) {
            assertEquals(w3[i], w.get(3).get(i).asDouble(), 1e-3);
        }
        assertEquals(Math.cos(3), w.get(3).get(0).asDouble(), 1e-15);
        // Default base 10 000: ω1 = 10000^(−2/4) = 0.01 for n = 4.
        JsonNode g = json("positions", "--dim", "4", "--count", "2").get("positions");
        assertEquals(Math.sin(0.01), g.get(1).get(3).asDouble(), 1e-15);
    }
}
