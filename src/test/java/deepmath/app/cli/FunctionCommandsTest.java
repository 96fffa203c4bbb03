package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} and {@code render}: the book's values as JSON, parse errors as exit 2, a headless contour PNG. */
class FunctionCommandsTest {

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString().trim(), err.toString().trim());
    }

    @Test
    void evalPrintsValueGradientAndHessianOfTheSquaredDistanceFunction() throws Exception {
        // MA² + MB² + MC² with A(1,0), B(2,3), C(−1,1), at M(0,0): 1 + 13 + 2 = 16, ∇ = 2(3M − A − B − C) = (−4, −8).
        Run r = run("eval", "--function", "((x-1)^2 + y^2) + ((x-2)^2 + (y-3)^2) + ((x+1)^2 + (y-1)^2)",
                "--at", "x=0,y=0", "--grad", "--hessian");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(16, json.get("value").asDouble(), 1e-12);
        assertEquals(-4, json.get("gradient").get("x").asDouble(), 1e-12);
        assertEquals(-8, json.get("gradient").get("y").asDouble(), 1e-12);
        assertEquals(6, json.get("hessian").get(0).get(0).asDouble(), 1e-12);
        assertEquals(0, json.get("hessian").get(0).get(1).asDouble(), 1e-12);
        assertEquals(6, json.get("hessian").get(1).get(1).asDouble(), 1e-12);
    }

    @Test
    void evalWithoutFlagsPrintsOnlyTheValueAndOrdersVariablesAlphabetically() throws Exception {
        Run r = run("eval", "--function", "b*y + a", "--at", "y=2,b=3,a=1", "--grad");
        assertEquals(0, r.exit(), r.err());
        assertEquals("{\"value\":7.0,\"gradient\":{\"a\":1.0,\"b\":2.0,\"y\":3.0}}", r.out());
        assertEquals("{\"value\":7.0}", run("eval", "-f", "b*y + a", "--at", "y=2,b=3,a=1").out());
    }

    @Test
    void badFormulasAndPointsExitWithStatusTwoAndOneLine() {
        Run bad = run("eval", "--function", "x*(y", "--at", "x=1,y=2");
        assertEquals(2, bad.exit());
        assertEquals("deepmath-lab: Column 5: expected ')', found the end of the formula in \"x*(y\"", bad.err());
        Run missing = run("eval", "--function", "x*y", "--at", "x=1");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--at must give a value for y"), missing.err());
        assertEquals(2, run("render", "contour", "--function", "x+", "--out", "x.png").exit());
        assertEquals(2, run("render", "contour", "--function", "x", "--range", "2:1,0:1", "--out", "x.png").exit());
        assertEquals(2, run("render", "cube", "--function", "x", "--out", "x.png").exit());
    }

    @Test
    void deepFormulasExitWithStatusTwoAndOneLineNamingTheLimit() {
        Run nested = run("eval", "--function", "sin(".repeat(5000) + "x" + ")".repeat(5000), "--at", "x=1");
        assertEquals(2, nested.exit(), nested.err());
        assertEquals(1, nested.err().lines().count(), nested.err());
        assertTrue(nested.err().startsWith("deepmath-lab: Column 805: the formula nests more than 200 levels deep"),
                nested.err());
        Run parentheses = run("eval", "--function", "(".repeat(100_000) + "x" + ")".repeat(100_000), "--at", "x=1");
        assertEquals(2, parentheses.exit(), parentheses.err());
        assertEquals(1, parentheses.err().lines().count(), parentheses.err());
        assertTrue(parentheses.err().contains("the formula is 200001 characters long, more than the 100000 the lab"
                + " reads"), parentheses.err());
    }

    @Test
    void aFlatSumOfFiveThousandTermsHasItsGradientAndHessian() throws Exception {
        // Σ_{k=1..5000} x*y = 5000 x y: gradient (5000 y, 5000 x), Hessian [[0, 5000], [5000, 0]]
        Run r = run("eval", "--function", "x*y" + " + x*y".repeat(4999), "--at", "x=2,y=3", "--grad", "--hessian");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(30_000, json.get("value").asDouble());
        assertEquals(15_000, json.get("gradient").get("x").asDouble());
        assertEquals(10_000, json.get("gradient").get("y").asDouble());
        assertEquals(5000, json.get("hessian").get(0).get(1).asDouble());
    }

    @Test
    void renderContourWritesAPictureOfTheMap(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("bowl.png");
        Run r = run("render", "contour", "--function", "x^2 + y^2", "--range", "-2:2,-2:2", "--out", png.toString(),
                "--width", "640", "--height", "480");
        assertEquals(0, r.exit(), r.err());
        BufferedImage image = ImageIO.read(Files.newInputStream(png));
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        assertTrue(distinctColours(image) > 20, "a filled, labelled map, not a blank image");
    }

    @Test
    void oneProcessRendersTwice(@TempDir Path folder) throws Exception {
        // The first render used to exit the JavaFX toolkit it had started, so a second figure (or any window)
        // in the same JVM waited forever. Run alone, this class starts the toolkit itself and shows it.
        for (String name : new String[] {"first.png", "second.png"}) {
            Path png = folder.resolve(name);
            Run r = run("render", "contour", "--function", "x*y", "--range", "-1:1,-1:1", "--out", png.toString(),
                    "--width", "200", "--height", "150");
            assertEquals(0, r.exit(), r.err());
            assertEquals(200, ImageIO.read(Files.newInputStream(png)).getWidth());
        }
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
