package deepmath.app.ui;

import deepmath.app.ui.VisibleText.Kind;
import deepmath.viz.plot.DrawnText;
import deepmath.viz.plot.DrawnTexts;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SubScene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.util.Callback;
import javafx.util.StringConverter;

/**
 * Collects every text a user can see in a scene: {@code Labeled} texts (labels, buttons, check boxes, cells,
 * tab and column header labels, chart titles and legends), loose {@code Text} nodes, tab texts and tooltips,
 * table column headers, tooltips, prompt texts, the items of combo and choice boxes (through their cell
 * factory or converter, as the drop-down would show them), menu items, and the texts canvas views draw
 * ({@link DrawnTexts}: plot titles, axis labels, legends, captions). Each comes with its node and whether it
 * is shown whole (see {@link VisibleText}).
 *
 * <p>Only what is visible is collected: an invisible node and its subtree are skipped (so only the selected
 * tab's content counts), and the inside of a 3-D {@link SubScene} is not walked. Texts inside text fields
 * are user input and are not collected, their prompt texts are. Call it on the FX thread after a layout
 * pass ({@link GuardDriver} does both). Use {@link TranslationCheck} and {@link ClippingCheck} on the result.
 */
public final class SceneWalker {
    private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";

    private final List<VisibleText> texts = new ArrayList<>();

    private SceneWalker() {
    }

    /** Every visible text of the scene, the window title included. Call on the FX thread. */
    public static List<VisibleText> walk(Scene scene) {
        SceneWalker walker = new SceneWalker();
        if (scene.getWindow() instanceof Stage stage && stage.getTitle() != null && !stage.getTitle().isEmpty()) {
            walker.add(Kind.TITLE, stage, 0, scene.getRoot(), stage.getTitle(), stage.getTitle(), false);
        }
        walker.visit(scene.getRoot());
        return List.copyOf(walker.texts);
    }

    /** Every visible text under {@code root}. Call on the FX thread. */
    public static List<VisibleText> walk(Node root) {
        SceneWalker walker = new SceneWalker();
        walker.visit(root);
        return List.copyOf(walker.texts);
    }

    private void visit(Node node) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        tooltip(node);
        if (node instanceof Labeled labeled) {
            labeled(labeled);
        } else if (node instanceof Text text) {
            if (!isSkinText(text) && text.getText() != null && !text.getText().isBlank()) {
                add(Kind.TEXT, text, 0, text, text.getText(), text.getText(), false);
            }
        }
        if (node instanceof TextInputControl input) {
            String prompt = input.getPromptText();
            if (prompt != null && !prompt.isBlank()) {
                add(Kind.PROMPT, input, 0, input, prompt, prompt, false);
            }
            return;
        }
        if (node instanceof TabPane tabs) {
            tabs(tabs);
        } else if (node instanceof TableView<?> table) {
            columns(table.getColumns(), table);
        } else if (node instanceof TreeTableView<?> table) {
            columns(table.getColumns(), table);
        } else if (node instanceof ComboBox<?> combo) {
            comboItems(combo);
        } else if (node instanceof ChoiceBox<?> choice) {
            choiceItems(choice);
        } else if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> menuItem(menu, bar));
        } else if (node instanceof MenuButton button) {
            button.getItems().forEach(item -> menuItem(item, button));
        }
        if (node instanceof Control control && control.getContextMenu() != null) {
            control.getContextMenu().getItems().forEach(item -> menuItem(item, control));
        }
        if (node instanceof DrawnTexts canvas) {
            drawn(canvas, node);
        }
        if (node instanceof SubScene) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
                visit(child);
            }
        }
    }

    private void labeled(Labeled labeled) {
        if (labeled instanceof IndexedCell<?> cell && (cell.isEmpty() || cell.getIndex() < 0)) {
            return;
        }
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
        String displayed = expected;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && isSkinText(shown)) {
                displayed = shown.getText() == null ? "" : shown.getText();
            }
        }
        boolean clipped = !normalise(displayed).equals(normalise(expected));
        add(Kind.LABELED, labeled, 0, labeled, expected, displayed, clipped);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** JavaFX shows "_File" as "File" (the underscore marks the mnemonic); "__" stands for one underscore. */
    static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        if (at < 0 || at == text.length() - 1) {
            return text;
        }
        return text.substring(0, at) + text.substring(at + 1);
    }

    /** The text node a control's skin draws its text with (reported through the control itself). */
    private static boolean isSkinText(Text text) {
        if (text.getClass().getName().endsWith("LabeledText")) {
            return true;
        }
        for (Parent p = text.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private void tooltip(Node node) {
        Object tip = node.getProperties().get(TOOLTIP_KEY);
        if (tip instanceof Tooltip tooltip) {
            tooltipText(tooltip, node);
        }
    }

    private void tooltipText(Tooltip tooltip, Node node) {
        String text = tooltip.getText();
        if (text != null && !text.isBlank()) {
            add(Kind.TOOLTIP, tooltip, 0, node, text, text, false);
        }
        if (tooltip.getGraphic() != null) {
            graphicTexts(tooltip.getGraphic(), tooltip, Kind.TOOLTIP, node);
        }
    }

    private void tabs(TabPane pane) {
        for (Tab tab : pane.getTabs()) {
            if (tab.getText() != null && !tab.getText().isBlank()) {
                add(Kind.TAB, tab, 0, pane, tab.getText(), tab.getText(), false);
            }
            if (tab.getTooltip() != null) {
                tooltipText(tab.getTooltip(), pane);
            }
        }
    }

    private void columns(ObservableList<? extends TableColumnBase<?, ?>> columns, Control table) {
        for (TableColumnBase<?, ?> column : columns) {
            if (!column.isVisible()) {
                continue;
            }
            if (column.getText() != null && !column.getText().isBlank()) {
                add(Kind.COLUMN_HEADER, column, 0, table, column.getText(), column.getText(), false);
            }
            columns(column.getColumns(), table);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void comboItems(ComboBox combo) {
        List<?> items = List.copyOf(combo.getItems());
        Callback<ListView, ListCell> factory = (Callback) combo.getCellFactory();
        StringConverter converter = combo.getConverter();
        if (factory == null) {
            for (int i = 0; i < items.size(); i++) {
                String text = converter == null ? String.valueOf(items.get(i)) : converter.toString(items.get(i));
                addItem(combo, items.get(i), i, text);
            }
            return;
        }
        ListView list = new ListView<>(combo.getItems());
        for (int i = 0; i < items.size(); i++) {
            ListCell cell = factory.call(list);
            cell.updateListView(list);
            cell.updateIndex(i);
            if (cell.getText() != null && !cell.getText().isBlank()) {
                addItem(combo, items.get(i), i, cell.getText());
            }
            if (cell.getGraphic() != null) {
                graphicTexts(cell.getGraphic(), items.get(i), Kind.LIST_ITEM, combo);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void choiceItems(ChoiceBox choice) {
        List<?> items = List.copyOf(choice.getItems());
        StringConverter converter = choice.getConverter();
        for (int i = 0; i < items.size(); i++) {
            addItem(choice, items.get(i), i, converter == null ? String.valueOf(items.get(i))
                    : converter.toString(items.get(i)));
        }
    }

    private void addItem(Control box, Object item, int index, String text) {
        if (text != null && !text.isBlank()) {
            // Paired by the box and the position: items are often strings or enums, not unique objects.
            add(Kind.LIST_ITEM, box, index, box, text, text, false);
        }
    }

    /** The texts inside a graphic that is not (yet) in the scene: a cell's or tooltip's graphic. */
    private void graphicTexts(Node graphic, Object owner, Kind kind, Node node) {
        List<VisibleText> inner = walk(graphic);
        for (int i = 0; i < inner.size(); i++) {
            add(kind, owner, 1000 + i, node, inner.get(i).text(), inner.get(i).text(), false);
        }
    }

    private void menuItem(MenuItem item, Node owner) {
        if (item instanceof SeparatorMenuItem || !item.isVisible()) {
            return;
        }
        String text = item.getText();
        if (text != null && !text.isBlank()) {
            String shown = item.isMnemonicParsing() ? withoutMnemonic(text) : text;
            add(Kind.MENU_ITEM, item, 0, owner, shown, shown, false);
        }
        if (item instanceof CustomMenuItem custom && custom.getContent() != null) {
            graphicTexts(custom.getContent(), item, Kind.MENU_ITEM, owner);
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> menuItem(child, owner));
        }
    }

    private void drawn(DrawnTexts canvas, Node node) {
        Bounds own = node.getLayoutBounds();
        List<DrawnText> all = canvas.drawnTexts();
        for (int i = 0; i < all.size(); i++) {
            DrawnText d = all.get(i);
            Bounds b = d.bounds();
            boolean outside = b.getMinX() < own.getMinX() - 1 || b.getMaxX() > own.getMaxX() + 1
                    || b.getMinY() < own.getMinY() - 1 || b.getMaxY() > own.getMaxY() + 1;
            String displayed = d.squeezed() ? d.text() + " (squeezed into a narrower width)"
                    : outside ? d.text() + " (cut by the view's edge)" : d.text();
            add(Kind.CANVAS, node, i, node, d.text(), displayed, d.squeezed() || outside);
        }
    }

    private void add(Kind kind, Object owner, int index, Node node, String text, String displayed,
                     boolean clipped) {
        texts.add(new VisibleText(kind, owner, index, node, text, displayed, clipped, where(node)));
    }

    /** A readable place: the node and its parents, each as Class#id.styleClass, nearest first. */
    public static String where(Node node) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean idSeen = false;
        for (Node n = node; n != null && depth < 12; n = n.getParent(), depth++) {
            String part = describe(n);
            if (depth < 4 || (n.getId() != null && !idSeen)) {
                parts.add(part);
                idSeen |= n.getId() != null && depth >= 4;
            }
        }
        return String.join(" < ", parts);
    }

    static String describe(Node n) {
        Class<?> type = n.getClass();
        while (type.getSimpleName().isEmpty()) {
            type = type.getSuperclass(); // skins' anonymous classes: name what they extend
        }
        StringBuilder s = new StringBuilder(type.getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        n.getStyleClass().stream().limit(2).forEach(c -> s.append('.').append(c));
        return s.toString();
    }
}
