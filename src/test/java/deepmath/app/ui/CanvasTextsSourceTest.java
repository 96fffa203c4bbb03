package deepmath.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI guards see a canvas's texts only when the view draws them through {@code CanvasView.fillText(g, …)}:
 * a view that calls {@code g.fillText} or {@code g.strokeText} itself hides its texts from both checks. Plot
 * layers draw data labels (contour levels, the words of an embedding map) inside the plot area, where they are
 * clipped on purpose; they are the only exceptions.
 */
class CanvasTextsSourceTest {
    private static final Pattern DIRECT = Pattern.compile("\\b\\w+\\.(fillText|strokeText)\\(");
    private static final Set<String> ALLOWED = Set.of(
            "viz/deepmath/viz/plot/CanvasView.java",        // the recording fillText itself
            "viz/deepmath/viz/contour/ContourLayer.java",   // level values on contour lines (numbers)
            "viz/deepmath/viz/plot/LabelsLayer.java");      // data points' own names (words of a corpus)

    @Test
    void canvasViewsDrawTheirTextsThroughCanvasView() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("viz")), Files.walk(Path.of("app")))) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !ALLOWED.contains(f.toString().replace('\\', '/')))
                    .filter(CanvasTextsSourceTest::drawsDirectly)
                    .map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), offenders, "draw texts with CanvasView.fillText(g, text, x, y) so the UI guards see them");
    }

    private static boolean drawsDirectly(Path file) {
        try {
            return DIRECT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
