package deepmath.viz.surface;

import javafx.geometry.Bounds;

/**
 * A text of the 3D view as the reader sees it: its string, its rectangle on the view, the axis it belongs
 * to (0 = x, 1 = y, 2 = z) and whether it is the axis's name rather than a tick label.
 */
public record ScreenLabel(String text, Bounds bounds, int axis, boolean title) {
}
