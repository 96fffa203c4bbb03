package deepmath.app.descent;

import deepmath.core.BadInputException;
import java.util.List;

/** A formula refused by the descent lab because its map and surface draw two variables at most. */
final class TooManyVariables extends BadInputException {
    private final List<String> variables;

    TooManyVariables(List<String> variables) {
        super("The descent lab draws functions of two variables; this formula uses " + String.join(", ", variables));
        this.variables = List.copyOf(variables);
    }

    List<String> variables() {
        return variables;
    }
}
