package deepmath.viz.attention;

import javafx.scene.paint.Color;

/** One colour per attention head (bertviz's convention): the Tableau 10 + two, then hues around the wheel. */
public final class HeadColors {
    private static final Color[] PALETTE = {
            Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"),
            Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"),
            Color.web("#bcbd22"), Color.web("#17becf"), Color.web("#393b79"), Color.web("#ad494a")};

    private HeadColors() {
    }

    public static Color of(int head) {
        if (head < PALETTE.length) {
            return PALETTE[head];
        }
        return Color.hsb((head * 137.508) % 360, 0.65, 0.75);
    }

    /** CSS hex of {@link #of}, for chips styled from code. */
    public static String css(int head) {
        Color c = of(head);
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
