package deepmath.app.shell;

import deepmath.app.lab.LabIcons;
import deepmath.app.lab.LabId;
import deepmath.viz.i18n.Messages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sidebar: the lab's name, then one button per lab (icon, title) with the book chapters as tooltip. */
public final class Navigation extends VBox {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<LabId, ToggleButton> buttons = new EnumMap<>(LabId.class);

    public Navigation(Messages messages, List<LabId> labs, Consumer<LabId> onSelect) {
        getStyleClass().add("sidebar");
        setId("navigation");
        Label name = new Label();
        name.textProperty().bind(messages.text("app.name"));
        name.getStyleClass().add("sidebar-title");
        Label tagline = new Label();
        tagline.textProperty().bind(messages.text("app.tagline"));
        tagline.getStyleClass().add("sidebar-tagline");
        tagline.setWrapText(true);
        Label header = new Label();
        header.textProperty().bind(messages.text("nav.header"));
        header.getStyleClass().add("sidebar-header");
        getChildren().addAll(name, tagline, header);

        for (LabId id : labs) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(messages.text("lab." + id.key() + ".title"));
            button.setGraphic(LabIcons.icon(id, 20));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setId("nav-" + id.key());
            button.setUserData(id);
            Tooltip tooltip = new Tooltip();
            tooltip.textProperty().bind(messages.text("lab." + id.key() + ".chapters"));
            button.setTooltip(tooltip);
            // A selected lab stays selected: clicking it again must not leave the window without a lab.
            button.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
                if (button.isSelected()) {
                    e.consume();
                }
            });
            button.setOnAction(e -> onSelect.accept(id));
            buttons.put(id, button);
            getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().add(spacer);
    }

    /** Marks {@code id} as the lab shown (without firing the selection callback). */
    public void select(LabId id) {
        ToggleButton button = buttons.get(id);
        if (button != null) {
            button.setSelected(true);
        }
    }
}
