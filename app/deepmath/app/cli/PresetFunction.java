package deepmath.app.cli;

import deepmath.calculus.BookFunctions;
import deepmath.calculus.FunctionPreset;
import deepmath.core.BadInputException;
import deepmath.core.BookPreset;
import deepmath.descent.DescentPreset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The formula of a function preset for {@code eval --preset}, with the values it starts from: its parameters
 * and its start point (a descent preset's start, named by its variables).
 */
record PresetFunction(String formula, Map<String, Double> values) {

    static PresetFunction of(String key) {
        for (FunctionPreset p : BookFunctions.all()) {
            if (p.key().equals(key)) {
                Map<String, Double> values = new LinkedHashMap<>(p.parameters());
                double[] start = p.start();
                if (start != null) {
                    values.put("x", start[0]);
                    if (start.length > 1) {
                        values.put("y", start[1]);
                    }
                }
                return new PresetFunction(p.formula(), values);
            }
        }
        for (DescentPreset p : DescentPreset.all()) {
            if (p.key().equals(key)) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (int i = 0; i < p.variables().size(); i++) {
                    values.put(p.variables().get(i), p.start()[i]);
                }
                return new PresetFunction(p.objectiveFormula(), values);
            }
        }
        List<BookPreset> known = new ArrayList<>(BookFunctions.all());
        known.addAll(DescentPreset.all());
        PresetLookup.find(known, key, "--preset");
        throw new BadInputException("--preset: unknown preset '" + key + "'");
    }
}
