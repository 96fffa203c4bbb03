package deepmath.app.lab;

import deepmath.viz.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A lab not built yet: a card that says what it will be and which chapters of the book it follows. */
public final class PlaceholderLab implements Lab {
    private final LabId id;
    private final Messages messages;
    private Node view;

    public PlaceholderLab(LabId id, LabContext context) {
        this.id = id;
        this.messages = context.i18n().messages("shell");
    }

    @Override
    public LabId id() {
        return id;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        String prefix = "lab." + id.key() + ".";
        Node icon = LabIcons.icon(id, 56);
        Label title = new Label();
        title.textProperty().bind(messages.text(prefix + "title"));
        title.getStyleClass().add("placeholder-title");
        Label chapters = new Label();
        chapters.textProperty().bind(messages.text(prefix + "chapters"));
        chapters.getStyleClass().add("placeholder-chapters");
        Label badge = new Label();
        badge.textProperty().bind(messages.text("placeholder.badge"));
        badge.getStyleClass().add("placeholder-badge");
        Label description = new Label();
        description.textProperty().bind(messages.text(prefix + "placeholder"));
        description.setWrapText(true);
        description.getStyleClass().add("placeholder-text");

        VBox card = new VBox(14, icon, title, chapters, badge, description);
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxWidth(620);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.getStyleClass().add("placeholder-card");
        StackPane page = new StackPane(card);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        page.getStyleClass().add("placeholder-page");
        page.setId("lab-" + id.key());
        return page;
    }
}
