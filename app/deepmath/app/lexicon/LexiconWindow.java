package deepmath.app.lexicon;

import deepmath.app.lab.LabId;
import deepmath.lexicon.Lexicon;
import deepmath.lexicon.LexiconEntry;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ Lexicon: the book's French/English lexicon (appendix, § 4) in a window beside the lab, searchable in
 * both languages (accents and case ignored), filtered by the book's groups; a row opens the lab where its notion
 * lives. Not modal: a reader keeps it open while working in a lab.
 */
public final class LexiconWindow {
    static final double WIDTH = 1000;
    static final double HEIGHT = 640;
    /** The smallest size the window takes, where every text still shows whole (LexiconWindowTest#guards). */
    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 420;
    private static final String ALL = "all";

    private final Stage stage = new Stage();
    private final TextField search = new TextField();
    private final ComboBox<String> group = new ComboBox<>();
    private final LexiconTable table;

    /** {@code openLab} shows a lab in the main window ({@code owner}). */
    public LexiconWindow(Window owner, I18n i18n, Lexicon lexicon, Consumer<LabId> openLab) {
        Messages text = i18n.messages("lexicon");
        FilteredList<LexiconEntry> rows = new FilteredList<>(FXCollections.observableArrayList(lexicon.entries()));
        rows.predicateProperty().bind(Bindings.createObjectBinding(this::filter, search.textProperty(),
                group.valueProperty()));
        table = new LexiconTable(i18n, rows);

        Label heading = Translated.wrapped(text, "heading");
        heading.getStyleClass().add("lexicon-heading");
        search.setId("lexicon-search");
        search.promptTextProperty().bind(text.text("search.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        List<String> groups = new ArrayList<>();
        groups.add(ALL);
        groups.addAll(Lexicon.GROUPS);
        group.getItems().setAll(groups);
        Translated.cells(group, text, g -> "group." + g);
        group.setValue(ALL);
        group.setId("lexicon-group");
        Label count = new Label();
        count.setId("lexicon-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(text.text("count", Bindings.size(rows), lexicon.entries().size()));
        HBox filters = new HBox(10, search, group, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        Button open = Translated.button(text, "open", () -> openSelected(openLab));
        open.setId("lexicon-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setDefaultButton(true);
        Button close = Translated.button(text, "close", stage::hide);
        close.setId("lexicon-close");
        close.setCancelButton(true);
        // the hint gives way (it wraps) before the buttons do, down to the window's minimum width
        Label hint = Translated.wrapped(text, "hint");
        hint.getStyleClass().add("lexicon-hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        open.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, hint, open, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(openLab);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(openLab);
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(10, heading, filters, table, buttons);
        root.getStyleClass().add("lexicon-window");
        root.setId("lexicon-window");

        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        stage.initOwner(owner);
        stage.titleProperty().bind(text.text("window.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
    }

    private Predicate<LexiconEntry> filter() {
        String query = search.getText() == null ? "" : search.getText();
        String chosen = group.getValue() == null ? ALL : group.getValue();
        return entry -> (chosen.equals(ALL) || entry.group().equals(chosen)) && entry.matches(query);
    }

    private void openSelected(Consumer<LabId> openLab) {
        table.selectedLab().ifPresent(id -> {
            openLab.accept(id);
            if (stage.getOwner() instanceof Stage main) {
                main.toFront();
            }
        });
    }

    /** Shows the window (or brings it to the front) with the search field ready for typing. */
    public void show() {
        stage.show();
        stage.toFront();
        search.requestFocus();
    }

    public Stage stage() {
        return stage;
    }
}
