package deepmath.app.task;

import deepmath.core.BadInputException;
import deepmath.core.Errors;
import deepmath.core.FileWriteException;
import deepmath.core.InputProblem;
import deepmath.core.SaidProblem;
import deepmath.expr.ParseException;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import java.util.function.Function;

/**
 * A refusal in the window's language: the model says what is wrong as data (an {@link InputProblem} and its
 * particulars, a {@link ParseException}'s problem, a {@link FileWriteException}'s reason) and this says it from the
 * {@code errors} bundle (formula errors from the {@code function} bundle), and so is a failure that says itself as
 * data ({@link SaidProblem}: the Hub client's). A refusal the model wrote as plain text,
 * and any other failure, is shown as {@link Errors#oneLine} gives it.
 */
public final class ErrorText {
    private final Messages errors;
    private final Messages formulas;

    public ErrorText(I18n i18n) {
        this(i18n.messages("errors"), i18n.messages("function"));
    }

    public ErrorText(Messages errors, Messages formulas) {
        this.errors = errors;
        this.formulas = formulas;
    }

    /** The one line the user reads first: the first refusal of the cause chain, in their language. */
    public String of(Throwable error) {
        if (error == null) {
            return null;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BadInputException refusal) {
                return of(refusal);
            }
            if (t instanceof SaidProblem said && said.inputProblem() != null) {
                return oneLine(say(said.inputProblem(), said.arguments().toArray()));
            }
            if (t instanceof FileWriteException write) {
                return of(write);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Errors.oneLine(error);
    }

    /** A refusal in the current language. */
    public String of(BadInputException refusal) {
        if (refusal instanceof ParseException parse) {
            return deepmath.app.function.FormulaErrorText.describe(formulas, parse);
        }
        if (refusal.inputProblem() == null) {
            return refusal.getMessage();
        }
        return oneLine(say(refusal.inputProblem(), refusal.arguments().toArray()));
    }

    /** "cannot write FILE: REASON" in the current language. */
    public String of(FileWriteException write) {
        String reason = say(write.reasonProblem(), write.reasonArguments().toArray());
        return oneLine(errors.get(deepmath.core.WriteProblem.CANNOT_WRITE.key(), write.file(), reason));
    }

    private String say(InputProblem problem, Object[] arguments) {
        Function<Object, String> show = a -> a instanceof BadInputException b ? of(b)
                : a instanceof FileWriteException w ? of(w)
                : a instanceof InputProblem.Phrase p ? say(p.problem(), p.arguments().toArray())
                : a instanceof Throwable t ? Errors.oneLine(t)
                : String.valueOf(a);
        Object[] texts = InputProblem.texts(java.util.Arrays.asList(arguments), show);
        return errors.get(problem.key(), texts);
    }

    /** One line, as the English message is (a quoted user's text may hold line breaks). */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
