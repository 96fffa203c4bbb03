package deepmath.app.descent;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.descent.DescentPreset;
import deepmath.descent.PointCloud;
import deepmath.descent.ProblemKind;
import deepmath.descent.StepSchedule;
import deepmath.expr.Formula;
import deepmath.grid.PlotWindow;
import deepmath.optim.OptimizerKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The descent lab's part of a session: the whole {@link DescentState} (problem, formula, data, window, start,
 * method and its settings with the step's schedule, race, batch size, shuffling and compared batch sizes) and the
 * number of steps made, which restoring replays. Files written before the state existed hold a preset and the
 * method's settings only: they open as that preset with them. Files of before the curve view kept a start (x0, y0)
 * for a formula of one variable: x0 is taken; files of before the batch comparison shuffle and compare nothing.
 */
final class DescentStateJson {
    /**
     * The ranges of the lab's controls (δ slider 10^-4..2, μ slider 0..0.99, batch spinner 0..1000): a session
     * value outside would be clamped by the control, i.e. silently changed, so it is refused instead.
     */
    static final double MIN_STEP = 0.9999e-4; // 10^-4 and 2 with room for the slider's rounding
    static final double MAX_STEP = 2.0001; // the book's diverging δ = 1.1 (ch. 8, line 9034) is a session value
    static final double MAX_MU = 0.99;
    static final int MAX_BATCH = 1000;
    static final double MAX_DECAY = 1000;
    /** β of the exponential decrease: the parameter menu's range (e^(-10) per step is past any use). */
    static final double MIN_BETA = 1e-6;
    static final double MAX_BETA = 10;
    /** Far more points than anyone clicks or a CSV of the lab holds. */
    static final int MAX_POINTS = 100_000;

    private DescentStateJson() {
    }

    static ObjectNode save(DescentState s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("preset", s.presetProperty().get());
        node.put("problem", s.problemKind().key());
        if (s.formulaText() == null) {
            node.putNull("formula");
        } else {
            node.put("formula", s.formulaText());
        }
        PointCloud data = s.dataProperty().get();
        if (data != null) {
            ObjectNode points = node.putObject("data");
            ArrayNode xs = points.putArray("x");
            ArrayNode ys = points.putArray("y");
            for (int i = 0; i < data.size(); i++) {
                xs.add(data.xs()[i]);
                ys.add(data.ys()[i]);
            }
            if (data.hasZ()) {
                ArrayNode zs = points.putArray("z");
                for (double z : data.zs()) {
                    zs.add(z);
                }
            }
        }
        ArrayNode window = node.putArray("window");
        for (double v : s.window()) {
            window.add(v);
        }
        ArrayNode start = node.putArray("start");
        for (double v : s.startProperty().get()) {
            start.add(v);
        }
        node.put("method", s.methodProperty().get().key());
        node.put("step", s.stepProperty().get());
        node.put("schedule", s.scheduleProperty().get().key());
        node.put("scheduleParameter", s.scheduleParameterProperty().get());
        node.put("mu", s.muProperty().get());
        ArrayNode race = node.putArray("race");
        for (OptimizerKind kind : OptimizerKind.values()) {
            if (s.raceProperty().get().contains(kind)) {
                race.add(kind.key());
            }
        }
        node.put("batch", s.batchProperty().get());
        node.put("shuffle", s.shuffleProperty().get());
        ArrayNode compared = node.putArray("comparedBatches");
        s.comparedBatchesProperty().get().forEach(compared::add);
        node.put("steps", s.stepsDone());
        return node;
    }

    /** Checks every field first (sessions are all-or-nothing), then returns what sets the state and replays the run. */
    static Runnable prepare(JsonNode state, DescentState target) {
        if (state == null || !state.has("preset") && !state.has("problem")) {
            return () -> { };
        }
        DescentPreset preset = preset(state);
        if (!state.has("problem") && preset == null) {
            throw new BadInputException(SessionProblem.DESCENT_PRESET_NEEDED);
        }
        ProblemKind kind = state.has("problem") ? problem(state.get("problem")) : ProblemKind.fromKey(preset.problem());
        boolean whole = state.has("problem");
        Formula formula = whole ? formula(state.get("formula"), kind) : null;
        PointCloud data = whole && kind != ProblemKind.FUNCTION ? data(state.get("data"), kind == ProblemKind.PLANE) : null;
        double[] window = whole ? window(state.get("window")) : null;
        double[] start = whole ? start(state.get("start"), kind == ProblemKind.CIRCLE || kind == ProblemKind.PLANE ? 3
                : formula != null && formula.variables().size() == 1 ? 1 : 2) : null;
        OptimizerKind method = state.hasNonNull("method") ? OptimizerKind.fromKey(text(state, "method")) : null;
        // Values are range-checked as well as typed: a step of 1e308 or 4294967297 steps are refused here,
        // before any lab changes, not discovered by the panel afterwards.
        Double step = state.has("step") ? JsonFields.number(state.get("step"), "descent: 'step'", MIN_STEP, MAX_STEP) : null;
        StepSchedule.Kind schedule = schedule(state);
        double parameter = scheduleParameter(state, schedule);
        Double mu = state.has("mu") ? JsonFields.number(state.get("mu"), "descent: 'mu'", 0, MAX_MU) : null;
        Set<OptimizerKind> race = race(state);
        Integer batch = state.has("batch") ? JsonFields.integer(state.get("batch"), "descent: 'batch'", 0, MAX_BATCH) : null;
        Boolean shuffle = state.has("shuffle") ? shuffle(state.get("shuffle")) : null;
        java.util.List<Integer> compared = state.has("comparedBatches") ? comparedBatches(state.get("comparedBatches")) : null;
        int steps = state.has("steps") ? JsonFields.integer(state.get("steps"), "descent: 'steps'", 0, DescentState.MAX_STEPS) : 0;
        return () -> target.restore(() -> {
            if (preset != null) {
                target.applyPreset(preset);
            }
            if (whole) {
                target.presetProperty().set(preset == null ? "" : preset.id());
                target.problemProperty().set(kind);
                target.restoreFormula(formula);
                target.dataProperty().set(data);
                target.windowProperty().set(window);
                target.startProperty().set(start);
                if (batch == null) {
                    target.batchProperty().set(0);
                }
            }
            if (method != null) {
                target.methodProperty().set(method);
            }
            if (step != null) {
                target.stepProperty().set(step);
            }
            target.setSchedule(schedule, parameter);
            if (mu != null) {
                target.muProperty().set(mu);
            }
            target.setRace(race);
            if (batch != null) {
                target.batchProperty().set(batch);
            }
            if (whole || shuffle != null) {
                target.shuffleProperty().set(shuffle == null || shuffle);
            }
            if (whole || compared != null) {
                target.setComparedBatches(compared == null ? java.util.List.of() : compared);
            }
        }, steps);
    }

    /** The schedule's kind; a file of before the schedules holds keras's decay α alone (0: a constant step). */
    private static StepSchedule.Kind schedule(JsonNode state) {
        if (!state.has("schedule")) {
            return state.has("decay") && state.get("decay").isNumber() && state.get("decay").doubleValue() != 0
                    ? StepSchedule.Kind.KERAS : StepSchedule.Kind.CONSTANT;
        }
        JsonNode node = state.get("schedule");
        try {
            if (node.isTextual()) {
                return StepSchedule.Kind.fromKey(node.asText());
            }
        } catch (BadInputException e) {
            // said below, with the session's own words
        }
        throw new BadInputException(SessionProblem.DESCENT_SCHEDULE, JsonFields.shown(node));
    }

    /** β (exponential, MIN_BETA..MAX_BETA) or α (keras, 0..MAX_DECAY); the other kinds take none (0). */
    private static double scheduleParameter(JsonNode state, StepSchedule.Kind kind) {
        if (!state.has("schedule")) {
            return state.has("decay") ? JsonFields.number(state.get("decay"), "descent: 'decay'", 0, MAX_DECAY) : 0;
        }
        if (!kind.hasParameter()) {
            return 0;
        }
        double min = kind == StepSchedule.Kind.EXPONENTIAL ? MIN_BETA : 0;
        double max = kind == StepSchedule.Kind.EXPONENTIAL ? MAX_BETA : MAX_DECAY;
        JsonNode node = state.get("scheduleParameter");
        if (node == null || !node.isNumber() || !(node.doubleValue() >= min && node.doubleValue() <= max)) {
            throw new BadInputException(SessionProblem.DESCENT_SCHEDULE_PARAMETER, kind.key(), min, max,
                    JsonFields.shown(node));
        }
        return node.doubleValue();
    }

    private static DescentPreset preset(JsonNode state) {
        JsonNode node = state.get("preset");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadInputException(SessionProblem.DESCENT_PRESET);
        }
        String id = node.asText();
        if (id.isEmpty() && state.has("problem")) {
            return null;
        }
        return DescentPreset.all().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new BadInputException(SessionProblem.DESCENT_UNKNOWN_PRESET, id));
    }

    private static ProblemKind problem(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new BadInputException(SessionProblem.DESCENT_PROBLEM, JsonFields.shown(node));
        }
        try {
            return ProblemKind.fromKey(node.asText());
        } catch (BadInputException e) {
            throw new BadInputException(SessionProblem.DESCENT_PROBLEM, JsonFields.shown(node));
        }
    }

    private static Formula formula(JsonNode node, ProblemKind kind) {
        if (kind != ProblemKind.FUNCTION) {
            if (node != null && !node.isNull()) {
                throw new BadInputException(SessionProblem.DESCENT_NO_FORMULA, kind.key());
            }
            return null;
        }
        if (node == null || !node.isTextual()) {
            throw new BadInputException(SessionProblem.DESCENT_FORMULA_TEXT, JsonFields.shown(node));
        }
        Formula f;
        try {
            f = Formula.parse(node.asText());
        } catch (BadInputException e) {
            throw new BadInputException(e, SessionProblem.DESCENT_FORMULA, e);
        }
        if (f.variables().size() > 2) {
            throw new BadInputException(SessionProblem.DESCENT_FORMULA_VARIABLES, f.variables());
        }
        return f;
    }

    /** Points x, y (and z for the plane fit, which needs it; the other problems take none). */
    private static PointCloud data(JsonNode node, boolean space) {
        if (node == null || !node.isObject() || !node.path("x").isArray() || !node.path("y").isArray()
                || space != node.path("z").isArray() || node.has("z") && !space) {
            throw new BadInputException(SessionProblem.DESCENT_DATA);
        }
        JsonNode x = node.get("x");
        JsonNode y = node.get("y");
        if (x.size() != y.size() || x.size() < 2 || x.size() > MAX_POINTS || space && node.get("z").size() != x.size()) {
            throw new BadInputException(SessionProblem.DESCENT_DATA_SIZE, MAX_POINTS);
        }
        double[] xs = new double[x.size()];
        double[] ys = new double[y.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = JsonFields.number(x.get(i), "descent: 'data' x[" + i + "]", -PlotWindow.MAX_ABS, PlotWindow.MAX_ABS);
            ys[i] = JsonFields.number(y.get(i), "descent: 'data' y[" + i + "]", -PlotWindow.MAX_ABS, PlotWindow.MAX_ABS);
        }
        if (!space) {
            return new PointCloud(xs, ys);
        }
        double[] zs = new double[xs.length];
        for (int i = 0; i < zs.length; i++) {
            zs[i] = JsonFields.number(node.get("z").get(i), "descent: 'data' z[" + i + "]", -PlotWindow.MAX_ABS,
                    PlotWindow.MAX_ABS);
        }
        return new PointCloud(xs, ys, zs);
    }

    private static double[] window(JsonNode node) {
        if (node == null || !node.isArray() || node.size() != 4) {
            throw new BadInputException(SessionProblem.DESCENT_WINDOW);
        }
        double[] w = new double[4];
        for (int i = 0; i < 4; i++) {
            w[i] = JsonFields.finite(node.get(i), "descent: 'window'[" + i + "]");
        }
        PlotWindow.check(w[0], w[1], w[2], w[3], "descent: 'window'");
        return w;
    }

    private static double[] start(JsonNode node, int size) {
        // a one-variable formula's start was (x0, y0) before the curve view: x0 is the start
        if (size == 1 && node != null && node.isArray() && node.size() == 2) {
            return new double[] {start(node, 2)[0]};
        }
        if (node == null || !node.isArray() || node.size() != size) {
            throw new BadInputException(SessionProblem.DESCENT_START, size);
        }
        double[] p = new double[size];
        for (int i = 0; i < size; i++) {
            p[i] = JsonFields.number(node.get(i), "descent: 'start'[" + i + "]", -PlotWindow.MAX_ABS, PlotWindow.MAX_ABS);
        }
        return p;
    }

    private static boolean shuffle(JsonNode node) {
        if (!node.isBoolean()) {
            throw new BadInputException(SessionProblem.DESCENT_SHUFFLE, JsonFields.shown(node));
        }
        return node.booleanValue();
    }

    /** Batch sizes among {@link DescentState#COMPARABLE_BATCHES}: another size is refused, not dropped. */
    private static java.util.List<Integer> comparedBatches(JsonNode node) {
        if (!node.isArray()) {
            throw new BadInputException(SessionProblem.DESCENT_COMPARED_BATCHES, JsonFields.shown(node),
                    DescentState.COMPARABLE_BATCHES);
        }
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        for (JsonNode k : node) {
            if (!k.isInt() || !DescentState.COMPARABLE_BATCHES.contains(k.intValue())) {
                throw new BadInputException(SessionProblem.DESCENT_COMPARED_BATCHES, JsonFields.shown(k),
                        DescentState.COMPARABLE_BATCHES);
            }
            sizes.add(k.intValue());
        }
        return sizes;
    }

    private static Set<OptimizerKind> race(JsonNode state) {
        Set<OptimizerKind> race = EnumSet.noneOf(OptimizerKind.class);
        if (state.has("race") && !state.get("race").isArray()) {
            throw new BadInputException(SessionProblem.DESCENT_RACE);
        }
        for (JsonNode k : state.path("race")) {
            if (!k.isTextual()) {
                throw new BadInputException(SessionProblem.DESCENT_RACE_ENTRY, JsonFields.shown(k));
            }
            race.add(OptimizerKind.fromKey(k.asText()));
        }
        return race;
    }

    private static String text(JsonNode state, String key) {
        if (!state.get(key).isTextual()) {
            throw new BadInputException(SessionProblem.DESCENT_NAME, key, JsonFields.shown(state.get(key)));
        }
        return state.get(key).asText();
    }
}
