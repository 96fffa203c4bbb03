package deepmath.viz.plot;

import javafx.scene.paint.Color;

/** One line of a plot's legend: a colour sample (a line, or a dot) and its label. */
public record LegendEntry(String label, Color color, boolean dot) {
}
