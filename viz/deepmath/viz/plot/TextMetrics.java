package deepmath.viz.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide a text is in a font, and a text cut into lines that fit a width: what canvas views and tables need
 * to give a text its room instead of cutting it (JavaFX measures only through a {@link Text} node).
 */
public final class TextMetrics {
    private TextMetrics() {
    }

    /** The width {@code text} takes when drawn in {@code font}. */
    public static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    /**
     * {@code text} cut into lines no wider than {@code width} at spaces (a word wider than the width stays whole
     * on its line); always at least one line, empty for an empty text.
     */
    public static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
