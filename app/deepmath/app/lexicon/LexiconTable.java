package deepmath.app.lexicon;

import deepmath.app.lab.LabId;
import deepmath.lexicon.LexiconEntry;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The lexicon's table: French, English, note, where in the lab. The terms are the book's vocabulary, shown as data
 * (the same in both languages, style class {@code data-text}); the note and the places come from the bundles and
 * follow the language.
 */
final class LexiconTable extends TableView<LexiconEntry> {
    /** Between two alternatives of one term ("loss function / cost function"), as in the book's own lines. */
    static final String ALTERNATIVES = " / ";
    private static final String ARROW = " › ";

    private final I18n i18n;
    private final Messages text;
    private final Messages shell;

    LexiconTable(I18n i18n, FilteredList<LexiconEntry> rows) {
        super(rows);
        this.i18n = i18n;
        this.text = i18n.messages("lexicon");
        this.shell = i18n.messages("shell");
        setId("lexicon-table");
        getStyleClass().add("lexicon-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        Label empty = new Label();
        empty.textProperty().bind(text.text("empty"));
        setPlaceholder(empty);
        getColumns().add(column("column.french", "lexicon-french", 0.2, true,
                e -> constant(String.join(ALTERNATIVES, e.french()))));
        getColumns().add(column("column.english", "lexicon-english", 0.2, true,
                e -> constant(String.join(ALTERNATIVES, e.english()))));
        getColumns().add(column("column.note", "lexicon-note", 0.34, false, this::note));
        getColumns().add(column("column.where", "lexicon-where", 0.26, false, this::where));
    }

    private TableColumn<LexiconEntry, ObservableStringValue> column(String key, String id, double share, boolean data,
            Function<LexiconEntry, ObservableStringValue> value) {
        TableColumn<LexiconEntry, ObservableStringValue> column = new TableColumn<>();
        column.textProperty().bind(text.text(key));
        column.setId(id);
        column.getStyleClass().add(id);
        column.setSortable(false);
        column.setReorderable(false);
        column.prefWidthProperty().bind(widthProperty().multiply(share).subtract(4));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        // The book's terms are vocabulary of both languages at once: data, not a text to translate.
        column.setCellFactory(c -> new WrappedTextCell<>(c, data ? "data-text" : "lexicon-text"));
        return column;
    }

    private static ObservableStringValue constant(String value) {
        return Bindings.createStringBinding(() -> value);
    }

    /** "Abbreviation: sgd." and the pair's note, either of them alone, or nothing. */
    private ObservableStringValue note(LexiconEntry entry) {
        String key = "note." + entry.id();
        return Bindings.createStringBinding(() -> {
            List<String> parts = new ArrayList<>();
            entry.abbreviation().ifPresent(a -> parts.add(text.get("note.abbreviation", a)));
            if (text.has(key)) {
                parts.add(text.get(key));
            }
            return String.join(" ", parts);
        }, i18n.localeProperty());
    }

    /** Each place as the lab's title and the names of its tab or control, in the lab's own words. */
    private ObservableStringValue where(LexiconEntry entry) {
        return Bindings.createStringBinding(() -> String.join("\n", entry.where().stream().map(this::place).toList()),
                i18n.localeProperty());
    }

    String place(LexiconEntry.Place place) {
        StringBuilder name = new StringBuilder(shell.get("lab." + place.lab() + ".title"));
        place.bundle().ifPresent(bundle -> {
            Messages lab = i18n.messages(bundle);
            // A control's label may end with a colon ("Learning rate:"): a place name does not.
            place.keys().forEach(k -> name.append(ARROW).append(lab.get(k).replaceAll("\\s*:\\s*$", "")));
        });
        return name.toString();
    }

    /** The lab where the selected pair's notion lives first, if a row is selected. */
    java.util.Optional<LabId> selectedLab() {
        LexiconEntry selected = getSelectionModel().getSelectedItem();
        return selected == null ? java.util.Optional.empty()
                : LabId.fromKey(selected.where().get(0).lab());
    }
}
