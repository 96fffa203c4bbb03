package deepmath.app.probability;

import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.probability.NumberList;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * A text field of numbers ("1.2, 1.9, 4.5", or rows separated by ';') tied to a part of the state: what the reader
 * types is parsed as they type and written to the state when it is valid, otherwise the refusal shows in
 * {@link #problem()} and the state keeps its last valid value; a change of the state from elsewhere (a drag, a
 * preset, a session) rewrites the text unless it already says the same numbers.
 */
final class NumbersField<T> {
    private final TextField field = new TextField();
    private final Label problem = new Label();
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final Consumer<T> commit;
    private final ErrorText errors;
    private boolean writing;

    NumbersField(String id, ErrorText errors, Function<String, T> parse, Function<T, String> format, Consumer<T> commit) {
        this.errors = errors;
        this.parse = parse;
        this.format = format;
        this.commit = commit;
        field.setId(id);
        field.getStyleClass().add("data-text");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        field.textProperty().addListener((o, was, now) -> {
            if (!writing) {
                edited(now);
            }
        });
    }

    /** A field of one list of numbers. */
    static NumbersField<double[]> numbers(String id, String what, ErrorText errors, Consumer<double[]> commit) {
        return new NumbersField<>(id, errors, text -> NumberList.parse(text, what), NumberList::format, commit);
    }

    /** A field of rows of numbers. */
    static NumbersField<double[][]> rows(String id, String what, ErrorText errors, Consumer<double[][]> commit) {
        return new NumbersField<>(id, errors, text -> NumberList.rows(text, what), NumberList::formatRows, commit);
    }

    private void edited(String text) {
        try {
            T value = parse.apply(text);
            commit.accept(value);
            problem.setText("");
        } catch (BadInputException e) {
            problem.setText(errors.of(e));
        }
    }

    /** Shows {@code value} unless the field already says it (the reader's own spacing is kept). */
    void show(T value) {
        String now = format.apply(value);
        try {
            if (format.apply(parse.apply(field.getText())).equals(now)) {
                return;
            }
        } catch (BadInputException e) {
            // the field holds a refused text: the new value replaces it
        }
        writing = true;
        field.setText(now);
        writing = false;
        problem.setText("");
    }

    /** Says a refusal of the values as a whole (lengths that differ, a target that is not a probability). */
    void refuse(BadInputException e) {
        problem.setText(e == null ? "" : errors.of(e));
    }

    TextField field() {
        return field;
    }

    Label problem() {
        return problem;
    }
}
