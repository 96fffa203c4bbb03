package deepmath.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.ui.VisibleText.Kind;
import deepmath.viz.plot.CanvasView;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guards' own tests: each check finds the defect it is for, and passes what is right. */
@ExtendWith(ApplicationExtension.class)
class SceneWalkerTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: the shared primary stage keeps the minimum size an earlier test's main window gave it.
        this.stage = new Stage();
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void hide() throws Exception {
        fx(() -> {
            stage.hide();
            return null;
        });
    }

    /** A canvas view that draws one text at a given place, as the plots draw their titles. */
    private static final class Caption extends CanvasView {
        private final String text;
        private final double x;
        private final double maxWidth;

        Caption(String text, double x, double maxWidth) {
            this.text = text;
            this.x = x;
            this.maxWidth = maxWidth;
        }

        @Override
        protected void paint(GraphicsContext g, double width, double height) {
            g.setFont(Font.font(12));
            g.setTextAlign(TextAlignment.LEFT);
            if (Double.isNaN(maxWidth)) {
                fillText(g, text, x, 20);
            } else {
                fillText(g, text, x, 20, maxWidth);
            }
        }
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    private Scene show(javafx.scene.Parent root, double width, double height) throws Exception {
        return fx(() -> {
            Scene scene = new Scene(root, width, height);
            stage.setScene(scene);
            stage.sizeToScene();
            root.applyCss();
            root.layout();
            return scene;
        });
    }

    private List<VisibleText> walk(Scene scene) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return SceneWalker.walk(scene.getRoot());
        });
    }

    @Test
    void aLabelTooNarrowForItsTextIsCutAndOneWithRoomIsNot() throws Exception {
        Label narrow = new Label("Learning rate of the gradient descent");
        narrow.setMaxWidth(80);
        Label wide = new Label("Step");
        Scene scene = show(new VBox(narrow, wide), 300, 200);
        List<VisibleText> texts = walk(scene);
        VisibleText cut = texts.stream().filter(t -> t.node() == narrow).findFirst().orElseThrow();
        assertTrue(cut.clipped(), cut.toString());
        assertTrue(cut.displayed().endsWith("..."), cut.displayed());
        assertTrue(texts.stream().filter(t -> t.node() == wide).noneMatch(VisibleText::clipped));
        List<String> problems = fx(() -> ClippingCheck.problems(scene, texts));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Learning rate"), problems.get(0));
    }

    @Test
    void aControlBeyondTheWindowIsReported() throws Exception {
        Button beyond = new Button("Train");
        beyond.setLayoutX(280);
        Scene scene = show(new Pane(beyond), 300, 200);
        List<VisibleText> texts = walk(scene);
        List<String> problems = fx(() -> ClippingCheck.problems(scene, texts));
        assertTrue(beyond.getWidth() > 20, "laid out: " + beyond.getWidth());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("outside the 300×200 window") && p.contains("Train")),
                problems.toString());
    }

    /**
     * The Model builder's settings column before 17edbc2: a scroll pane with no horizontal bar, fitted to its
     * width, its viewport narrower than its content's minimum: the label's end is cut at the viewport's edge with
     * no ellipsis. The same column that can scroll sideways cuts nothing.
     */
    private static javafx.scene.control.ScrollPane settingsColumn(Label loss, javafx.scene.control.ScrollPane.ScrollBarPolicy bar) {
        loss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox column = new VBox(8, new Label("Loss"), loss);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(bar);
        scroll.setPrefViewportWidth(150);
        scroll.setMinViewportWidth(150);
        return scroll;
    }

    @Test
    void aTextCutByAViewportThatCannotScrollIsReported() throws Exception {
        Label loss = new Label("Entropie croisée catégorielle (softmax)");
        Scene scene = show(new javafx.scene.layout.HBox(settingsColumn(loss,
                javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER)), 300, 200);
        List<VisibleText> texts = walk(scene);
        assertTrue(texts.stream().filter(t -> t.node() == loss).noneMatch(VisibleText::clipped),
                "no ellipsis: the ellipsis check alone misses it");
        List<String> problems = fx(() -> ClippingCheck.problems(scene, texts));
        javafx.scene.Node viewport = scene.getRoot().lookup(".viewport");
        double by = fx(() -> loss.localToScene(loss.getLayoutBounds()).getMaxX()
                - viewport.localToScene(viewport.getLayoutBounds()).getMaxX());
        assertTrue(by > 20, "the label sticks out of the viewport: " + by);
        assertEquals(1, problems.size(), problems.toString());
        String cut = problems.get(0);
        assertTrue(cut.startsWith("cut by a viewport") && cut.contains("Entropie croisée") && cut.contains("right edge")
                && cut.contains("ScrollPane"), cut);
        var pixels = java.util.regex.Pattern.compile("by (\\d+) px").matcher(cut);
        assertTrue(pixels.find(), cut);
        assertEquals(by, Double.parseDouble(pixels.group(1)), 3, cut);
    }

    @Test
    void aTextInAViewportThatScrollsSidewaysIsNotCut() throws Exception {
        Label loss = new Label("Entropie croisée catégorielle (softmax)");
        Scene scene = show(new javafx.scene.layout.HBox(settingsColumn(loss,
                javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED)), 300, 200);
        List<VisibleText> texts = walk(scene);
        List<String> problems = fx(() -> ClippingCheck.problems(scene, texts));
        assertEquals(List.of(), problems);
    }

    @Test
    void aPaneLaidOutBelowItsContentsMinimumIsReported() throws Exception {
        Label hint = new Label("Le pas d'apprentissage de la descente de gradient");
        hint.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox column = new VBox(hint);
        column.setId("squeezed-column");
        column.setManaged(false); // laid out by hand below, as a parent with a fixed size would
        Label neighbour = new Label("Epochs");
        neighbour.setLayoutX(130); // the next column: the label spills over it
        Scene scene = show(new Pane(column, neighbour), 400, 200);
        fx(() -> {
            column.resize(120, 40);
            column.layout();
            return null;
        });
        List<VisibleText> texts = fx(() -> SceneWalker.walk(scene.getRoot()));
        List<String> problems = fx(() -> ClippingCheck.problems(scene, texts));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("squeezed: VBox#squeezed-column is 120×")
                && p.contains("Le pas d'apprentissage")), problems.toString());
    }

    /** The digits-embedding side column: its minimum set under its heading's width, the heading sticks out of it. */
    @Test
    void aPaneGivenAMinimumBelowItsChildsIsReported() throws Exception {
        Label heading = new Label("Point under the mouse, with its digit");
        heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox side = new VBox(heading);
        side.setId("side");
        side.setMinWidth(60);
        side.setMaxWidth(60);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(side, new Label("→"));
        Scene scene = show(row, 400, 200);
        List<VisibleText> texts = walk(scene);
        List<String> problems = fx(() -> ClippingCheck.problems(scene, texts));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("squeezed: VBox#side is 60×")
                && p.contains("Point under the mouse")), problems.toString());
        heading.setWrapText(true);
        heading.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        List<VisibleText> wrapped = walk(scene);
        assertEquals(List.of(), fx(() -> ClippingCheck.problems(scene, wrapped)), "wrapped in its column: nothing cut");
    }

    @Test
    void canvasTextsAreCollectedAndCutOrSqueezedOnesReported() throws Exception {
        Caption inside = new Caption("Loss", 10, Double.NaN);
        Caption beyond = new Caption("Loss per epoch on the validation set", 60, Double.NaN);
        Caption squeezed = new Caption("Loss per epoch on the validation set", 0, 40);
        for (Caption c : List.of(inside, beyond, squeezed)) {
            c.setPrefSize(150, 40);
            c.setMaxSize(150, 40);
        }
        Scene scene = show(new VBox(inside, beyond, squeezed), 300, 200);
        List<VisibleText> texts = walk(scene).stream().filter(t -> t.kind() == Kind.CANVAS).toList();
        assertEquals(3, texts.size(), texts.toString());
        assertEquals(List.of(false, true, true), texts.stream().map(VisibleText::clipped).toList(), texts.toString());
        assertEquals("Loss", texts.get(0).text());
    }

    @Test
    void tooltipsPromptsTabsAndComboItemsAreCollectedAndHiddenNodesAreNot() throws Exception {
        Label hinted = new Label("Step");
        hinted.setTooltip(new Tooltip("How far each step goes"));
        TextField field = new TextField();
        field.setPromptText("Type a formula");
        Label hidden = new Label("Hidden text");
        hidden.setVisible(false);
        ComboBox<Locale> converted = new ComboBox<>(FXCollections.observableArrayList(Locale.ENGLISH, Locale.FRENCH));
        converted.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getDisplayLanguage(l);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        ComboBox<Integer> celled = new ComboBox<>(FXCollections.observableArrayList(1, 2));
        celled.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item + " layer(s)");
            }
        });
        TabPane tabs = new TabPane(new Tab("Curves", new Label("inside the first tab")), new Tab("Table"));
        Scene scene = show(new VBox(hinted, field, hidden, converted, celled, tabs), 400, 400);
        List<VisibleText> texts = walk(scene);
        List<String> all = texts.stream().map(t -> t.kind() + ":" + t.text()).toList();
        for (String expected : List.of("TOOLTIP:How far each step goes", "PROMPT:Type a formula",
                "LIST_ITEM:English", "LIST_ITEM:français", "LIST_ITEM:1 layer(s)", "LIST_ITEM:2 layer(s)",
                "TAB:Curves", "TAB:Table", "LABELED:inside the first tab")) {
            assertTrue(all.contains(expected), expected + " in " + all);
        }
        assertTrue(all.stream().noneMatch(s -> s.contains("Hidden")), all.toString());
    }

    @Test
    void aTextLeftInEnglishIsFoundByPairAndByWord() throws Exception {
        TranslationCheck check = TranslationCheck.fromTexts(
                List.of("Learning rate", "Step", "Image", "Train"),
                List.of("Taux d'apprentissage", "Pas", "Image", "Entraîner"));
        Label translated = new Label("Step");
        Label same = new Label("Image");
        Label forgotten = new Label("Learning rate");
        Label unknown = new Label("SGD_MOMENTUM_NESTEROV_X");
        Scene scene = show(new VBox(translated, same, forgotten, unknown), 300, 200);
        List<VisibleText> english = walk(scene);
        fx(() -> {
            translated.setText("Pas");
            return null;
        });
        List<VisibleText> french = walk(scene);
        List<String> problems = check.problems(english, french);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("English word(s) [learning, rate]")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("same in English and French")
                && p.contains("SGD_MOMENTUM_NESTEROV_X")), problems.toString());
    }

    @Test
    void aMissingKeyAndDataTextsAreTreatedAsSuch() throws Exception {
        TranslationCheck check = TranslationCheck.fromTexts(List.of("Tokens of the prompt"), List.of("Jetons"));
        Label missing = new Label("!descent.title!");
        Label token = new Label("prompt");
        token.getStyleClass().add(TranslationCheck.DATA_STYLE_CLASS);
        Scene scene = show(new VBox(missing, token), 300, 200);
        List<String> problems = check.words(walk(scene), Locale.FRENCH);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("missing message"), problems.get(0));
    }

    @Test
    void mnemonicsAreShownWithoutTheirUnderscore() {
        assertEquals("File", SceneWalker.withoutMnemonic("_File"));
        assertEquals("Save as", SceneWalker.withoutMnemonic("Save _as"));
        assertEquals("plain", SceneWalker.withoutMnemonic("plain"));
    }
}
