package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.StrictJson;
import deepmath.descent.StepSchedule;
import deepmath.descent.DescentPreset;
import deepmath.descent.ProblemKind;
import deepmath.optim.OptimizerKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The descent state in a session file, without a window: saved, restored into a fresh state, equal; old files. */
class DescentStateJsonTest {

    private static DescentPreset preset(String id) {
        return DescentPreset.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static DescentState roundTrip(DescentState s) {
        DescentState fresh = new DescentState();
        DescentStateJson.prepare(StrictJson.parse(DescentStateJson.save(s).toString(), "t"), fresh).run();
        return fresh;
    }

    @Test
    void aTypedFormulaAStartTheSettingsAndTheStepsComeBackExactly() {
        DescentState s = new DescentState();
        assertTrue(s.setFormula("(a - 1)^2 + 4*b^2 + sin(a*b)"));
        s.setStart(-1.2345678901234567, 0.3);
        s.methodProperty().set(OptimizerKind.NESTEROV);
        s.stepProperty().set(Math.pow(10, -1.4321)); // a slider's δ: not a short decimal
        s.muProperty().set(0.63);
        s.setSchedule(StepSchedule.Kind.EXPONENTIAL, 0.05);
        s.setRace(Set.of(OptimizerKind.ADAM, OptimizerKind.RMSPROP));
        for (int k = 0; k < 12; k++) {
            s.step();
        }
        DescentState back = roundTrip(s);
        assertNotEquals(new DescentState(), s, "the comparison sees the changes");
        assertEquals(s, back, () -> s + "\n" + back);
        assertEquals(12, back.stepsDone());
        assertEquals(3, back.runs().size(), "the method and two racers");
        assertEquals("book-2-1", back.presetProperty().get(), "the preset the lab started from, still chosen");
    }

    @Test
    void everyScheduleWithItsParameterComesBack() {
        for (StepSchedule.Kind kind : StepSchedule.Kind.values()) {
            DescentState s = new DescentState();
            s.setSchedule(kind, kind == StepSchedule.Kind.EXPONENTIAL ? 0.3 : 1e-4);
            s.step();
            s.step();
            DescentState back = roundTrip(s);
            assertEquals(kind, back.scheduleProperty().get());
            assertEquals(kind.hasParameter() ? s.scheduleParameterProperty().get() : 0,
                    back.scheduleParameterProperty().get(), 0);
            assertEquals(s, back, () -> s + "\n" + back);
        }
    }

    @Test
    void aSessionOfBeforeTheSchedulesOpensItsDecayAsKeras() {
        DescentState s = new DescentState();
        ObjectNode old = DescentStateJson.save(s);
        old.remove("schedule");
        old.remove("scheduleParameter");
        old.put("decay", 0.5);
        old.put("steps", 2);
        DescentState back = new DescentState();
        DescentStateJson.prepare(old, back).run();
        assertEquals(StepSchedule.Kind.KERAS, back.scheduleProperty().get());
        assertEquals(0.5, back.scheduleParameterProperty().get(), 0);
        // book-2-1: δ0 = 0.2; keras δ1 = δ0 / (α·1 + 1) = 0.2 / 1.5
        assertEquals(0.2 / 1.5, back.stepAt(1), 1e-15);
        double[] p1 = back.primary().descent().iterates().get(1).point();
        double[] g1 = back.primary().descent().iterates().get(1).gradient();
        double[] p2 = back.primary().descent().iterates().get(2).point();
        assertEquals(p1[0] - 0.2 / 1.5 * g1[0], p2[0], 1e-12);
        assertEquals(p1[1] - 0.2 / 1.5 * g1[1], p2[1], 1e-12);
        old.put("decay", 0.0);
        DescentState constant = new DescentState();
        DescentStateJson.prepare(old, constant).run();
        assertEquals(StepSchedule.Kind.CONSTANT, constant.scheduleProperty().get(), "α = 0: a constant step");
    }

    @Test
    void addedDataPointsAndTheBatchSizeComeBack() {
        DescentState s = new DescentState();
        s.applyPreset(preset("circle-100-k10"));
        s.addDataPoint(3.5, -2);
        s.addDataPoint(0.25, 4);
        s.batchProperty().set(7);
        for (int k = 0; k < 9; k++) {
            s.step();
        }
        DescentState back = roundTrip(s);
        assertEquals(ProblemKind.CIRCLE, back.problemKind());
        assertEquals(preset("circle-100-k10").data().size() + 2, back.dataProperty().get().size());
        assertEquals(s, back, () -> s + "\n" + back);
        // One point moved: no longer the same state.
        back.addDataPoint(0, 0);
        assertNotEquals(s, back);
    }

    @Test
    void aRaceWhoseMethodStoppedEarlyReplaysTheOthersSteps() {
        DescentState s = new DescentState();
        s.applyPreset(preset("book-2-1"));
        s.setRace(Set.of(OptimizerKind.ADAGRAD));
        for (int k = 0; k < 300; k++) {
            s.step();
        }
        int sgd = s.runs().get(0).descent().last().k();
        int adagrad = s.runs().get(1).descent().last().k();
        assertTrue(sgd < adagrad, "gradient descent converged first: " + sgd + " < " + adagrad);
        assertEquals(s, roundTrip(s));
    }

    @Test
    void aSessionSavedByThePreviousVersionOpensAsItsPresetWithItsSettings() {
        DescentState s = new DescentState();
        DescentStateJson.prepare(StrictJson.parse("{\"preset\": \"narrow-valley\", \"method\": \"sgd\", \"step\": 0.015,"
                + " \"mu\": 0.5, \"race\": [\"adam\"], \"batch\": 0, \"steps\": 3}", "old"), s).run();
        assertEquals("a^2 + 25*b^2", s.formulaText());
        assertEquals(OptimizerKind.SGD, s.methodProperty().get());
        assertEquals(0.015, s.stepProperty().get());
        assertEquals(0.5, s.muProperty().get());
        assertEquals(Set.of(OptimizerKind.ADAM), s.raceProperty().get());
        assertEquals(3, s.stepsDone());
        assertEquals(-2 * (1 - 2 * 0.015), s.primary().descent().iterates().get(1).point()[0], 1e-12,
                "the preset's start (−2, 0.8), one step of δ = 0.015: a ← (1 − 2δ)·a");
    }

    @Test
    void damagedFieldsAreRefusedWithOneLineAndChangeNothing() {
        DescentState s = new DescentState();
        DescentState before = new DescentState();
        String good = DescentStateJson.save(s).toString();
        String[][] cases = {
            {"\"problem\":\"function\"","\"problem\":\"spiral\"","descent: 'problem' must be function, regression or circle"},
            {"\"formula\":\"a^2 + 3*b^2\"","\"formula\":\"a + b + c\"","descent: 'formula' has more than two variables"},
            {"\"formula\":\"a^2 + 3*b^2\"","\"formula\":\"a^^2\"","descent: 'formula': "},
            {"\"start\":[2.0,1.0]","\"start\":[2.0,1.0,3.0]","descent: 'start' must be a point of 2 numbers"},
            {"\"window\":[-2.5,2.5,-2.5,2.5]","\"window\":[2.5,-2.5,-2.5,2.5]","descent: 'window'"},
            {"\"schedule\":\"constant\"","\"schedule\":\"cubic\"","descent: 'schedule' must be constant, linear"},
            {"\"schedule\":\"constant\"","\"schedule\":3","descent: 'schedule' must be constant, linear"},
            {"\"schedule\":\"constant\",\"scheduleParameter\":0.0","\"schedule\":\"exp\",\"scheduleParameter\":0.0",
                "descent: 'scheduleParameter' of the exp schedule must be between 1.0E-6 and 10.0, got 0.0"},
            {"\"schedule\":\"constant\",\"scheduleParameter\":0.0","\"schedule\":\"keras\",\"scheduleParameter\":-1",
                "descent: 'scheduleParameter' of the keras schedule must be between 0.0 and 1000.0, got -1"},
            {"\"schedule\":\"constant\",\"scheduleParameter\":0.0","\"decay\":-1","descent: 'decay' must be between"},
        };
        for (String[] c : cases) {
            String text = good.replace(c[0], c[1]);
            assertNotEquals(good, text, "the case applies to the saved text: " + c[0]);
            BadInputException e = assertThrows(BadInputException.class,
                    () -> DescentStateJson.prepare(StrictJson.parse(text, "t"), s));
            assertTrue(e.getMessage().startsWith(c[2]), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), "one line");
        }
        ObjectNode circle = DescentStateJson.save(s);
        circle.put("problem", "circle");
        circle.putNull("formula");
        circle.putArray("start").add(0).add(0).add(0);
        circle.putObject("data").putArray("x").add(1).add(2);
        ((ObjectNode) circle.get("data")).putArray("y").add(1);
        BadInputException e = assertThrows(BadInputException.class, () -> DescentStateJson.prepare(circle, s));
        assertTrue(e.getMessage().startsWith("descent: 'data' must have as many x as y"), e.getMessage());
        assertEquals(before, s, "nothing changed");
    }
}
