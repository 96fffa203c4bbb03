package deepmath.viz.plot;

import javafx.geometry.Bounds;

/**
 * One text a canvas view drew in its last paint: the text, where it landed (in the view's own coordinates,
 * transforms applied) and whether it was squeezed into a {@code maxWidth} narrower than its natural width
 * (JavaFX then draws it with a condensed font, which the lab never wants: give the text room instead).
 */
public record DrawnText(String text, Bounds bounds, boolean squeezed) {
}
