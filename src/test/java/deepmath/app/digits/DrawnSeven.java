package deepmath.app.digits;

import deepmath.viz.digits.DrawingPad;

/** A 7 drawn through the pad's own pen (top bar, long slanted stem), heavy at the top: tests and screenshots. */
public final class DrawnSeven {
    private DrawnSeven() {
    }

    /** Clears the pad and draws the 7 (on the FX thread). */
    public static void draw(DrawingPad pad) {
        pad.clear();
        pad.penDown(80, 75, false);
        for (int x = 88; x <= 205; x += 8) {
            pad.strokeTo(x, 75, false);
        }
        pad.penUp();
        pad.penDown(205, 78, false);
        for (int k = 1; k <= 20; k++) {
            pad.strokeTo(205 - 4.2 * k, 78 + 7.5 * k, false);
        }
        pad.penUp();
    }
}
