package deepmath.app.descent;

import deepmath.descent.Descent;
import deepmath.optim.OptimizerKind;
import javafx.scene.paint.Color;

/** One optimiser's run in the race, with its colour on every view. */
record RaceRun(OptimizerKind kind, Descent descent, Color color) {

    static final Color[] COLOURS = {Color.web("#d1242f"), Color.web("#0969da"), Color.web("#1a7f37"),
        Color.web("#8250df"), Color.web("#bf8700"), Color.web("#e85aad")};

    static Color colourOf(OptimizerKind kind) {
        return COLOURS[kind.ordinal() % COLOURS.length];
    }

    double[] xs() {
        return descent.iterates().stream().mapToDouble(i -> i.point()[0]).toArray();
    }

    double[] ys() {
        return descent.iterates().stream().mapToDouble(i -> i.point().length > 1 ? i.point()[1] : 0).toArray();
    }
}
