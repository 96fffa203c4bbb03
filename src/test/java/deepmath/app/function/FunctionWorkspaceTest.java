package deepmath.app.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.calculus.FunctionPreset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared function workspace: what a view reads while formula, mode and parameters change. */
class FunctionWorkspaceTest {

    /** What each redraw would compute with: the names the bound formula still needs besides the axes. */
    private static List<List<String>> unboundNamesAtEachChange(FunctionWorkspace w, Runnable change) {
        List<List<String>> seen = new ArrayList<>();
        Runnable look = () -> {
            List<String> free = new ArrayList<>(w.boundFormula().variables());
            free.removeAll(w.axes());
            seen.add(free);
        };
        // The surfaces lab listens to the mode (it shows the other panel at once), the views to the formula.
        w.modeProperty().addListener(o -> look.run());
        w.formulaProperty().addListener(o -> look.run());
        w.revisionProperty().addListener(o -> look.run());
        change.run();
        return seen;
    }

    @Test
    void aNewFormulaWithParametersNeverShowsWithoutTheirValuesEvenAcrossAModeSwitch() {
        FunctionWorkspace w = new FunctionWorkspace();   // x*exp(-x^2-y^2): a surface without parameters
        List<List<String>> seen = unboundNamesAtEachChange(w, () -> assertTrue(w.setFormula("a*sin(b*x) + c")));
        assertTrue(seen.size() > 2, "listeners ran: " + seen);
        // Before the fix the mode's listeners saw a, b and c without values ("No value given for a").
        assertTrue(seen.stream().allMatch(List::isEmpty), seen.toString());
        assertEquals(PlotMode.CURVE, w.modeProperty().get());
        assertEquals(Map.of("a", 1.0, "b", 1.0, "c", 1.0), w.parametersProperty().get());
    }

    @Test
    void aPresetWithParametersNeverShowsWithoutTheirValues() {
        FunctionWorkspace w = new FunctionWorkspace();
        w.setFormula("k*x*y");
        // a curve with a parameter, chosen while a surface with another one is shown
        FunctionPreset preset = new FunctionPreset("test", deepmath.core.BookReference.of(3, 1), "w*sin(x)", -3, 3, 0, 0,
                Map.of("w", 2.0), null);
        List<List<String>> seen = unboundNamesAtEachChange(w, () -> w.applyPreset(preset));
        assertTrue(seen.stream().allMatch(List::isEmpty), preset.formula() + ": " + seen);
        assertEquals(Map.of("w", 2.0), w.parametersProperty().get());
    }
}
