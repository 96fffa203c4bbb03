package deepmath.app.function;

import deepmath.core.BadInputException;
import deepmath.expr.Formula;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What a {@link FormulaBar} edits: the last formula that was accepted, the refusal of the one being typed, and
 * the setter that accepts or refuses a text (the function workspace, the descent lab's state).
 */
public interface FormulaTarget {

    /** The formula in use (null when there is none, e.g. a descent on data). */
    ReadOnlyObjectProperty<Formula> formulaProperty();

    /** Why the text last typed was refused (null when it was accepted). */
    ReadOnlyObjectProperty<BadInputException> errorCauseProperty();

    /** Accepts {@code text} as the formula, or keeps the previous one and sets the error; true when accepted. */
    boolean setFormula(String text);
}
