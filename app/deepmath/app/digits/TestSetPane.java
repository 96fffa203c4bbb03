package deepmath.app.digits;

import deepmath.app.task.BackgroundTasks;
import deepmath.digits.DigitEvaluation;
import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.viz.digits.ConfusionMatrixView;
import deepmath.viz.digits.DigitGallery;
import deepmath.viz.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The 2 000 held-out digits judged by the selected network: accuracy, confusion matrix, and the digits it
 * got wrong ("true → predicted"); click a cell to see only its mistakes, a digit to open it in the other tabs.
 */
final class TestSetPane {
    private static final int MAX_SHOWN = 400;
    private final DigitsState state;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final Consumer<float[]> onPick;
    private final ConfusionMatrixView matrix = new ConfusionMatrixView();
    private final DigitGallery gallery = new DigitGallery();
    private final Label accuracy = new Label();
    private final Label galleryTitle = new Label();
    private final HBox root;
    private DigitEvaluation evaluation;
    private DigitNetwork evaluated;
    private int[] shown = new int[0];
    private int filterTrue = -1;
    private int filterPredicted = -1;

    private Runnable titles = () -> { };

    TestSetPane(DigitsState state, Messages messages, BackgroundTasks tasks, Consumer<float[]> onPick) {
        this.state = state;
        this.messages = messages;
        this.tasks = tasks;
        this.onPick = onPick;
        matrix.setId("digits-confusion");
        gallery.setId("digits-gallery");
        accuracy.setId("digits-accuracy");
        accuracy.getStyleClass().add("digits-verdict");
        accuracy.setWrapText(true);
        matrix.setOnCellClicked(this::filter);
        gallery.setOnDigitClicked(i -> {
            if (evaluation != null && i < shown.length) {
                onPick.accept(state.dataProperty().get().test().image(shown[i]));
            }
        });
        Runnable titles = () -> matrix.setTitles(messages.get("test.trueDigit"), messages.get("test.predicted"));
        titles.run();
        this.titles = titles;
        Button all = new Button();
        all.textProperty().bind(messages.text("test.showAll"));
        all.setOnAction(e -> filter(-1, -1));
        Label hint = new Label();
        hint.textProperty().bind(messages.text("test.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("digits-hint");
        VBox.setVgrow(matrix, Priority.ALWAYS);
        VBox left = new VBox(8, accuracy, matrix, hint);
        left.setPrefWidth(460);
        left.setMinWidth(300);
        ScrollPane scroll = new ScrollPane(gallery);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox right = new VBox(8, new HBox(8, galleryTitle, all), scroll);
        HBox.setHgrow(right, Priority.ALWAYS);
        root = new HBox(16, left, right);
        root.setPadding(new Insets(12));
        messages.text("test.accuracy").addListener(o -> showEvaluation());
        showEvaluation();
    }

    Node node() {
        return root;
    }

    /** Judges the selected network on the test set (in the background) unless it was already. */
    void refresh() {
        DigitNetwork network = state.network();
        if (network == null || state.dataProperty().get() == null || network == evaluated) {
            return;
        }
        evaluated = network;
        DigitSet test = state.dataProperty().get().test();
        double[] frozen = network.parameters().clone();
        tasks.submit(messages.get("test.task"), progress -> DigitEvaluation.of(network.kind().withParameters(frozen), test),
                result -> {
                    if (evaluated == network) {
                        evaluation = result;
                        filter(-1, -1);
                    }
                });
    }

    /** Forgets the last evaluation (the network's weights changed). */
    void invalidate() {
        evaluated = null;
    }

    DigitEvaluation evaluation() {
        return evaluation;
    }

    /** How many digits the gallery shows. */
    int shownCount() {
        return shown.length;
    }

    /** After a language switch: the matrix's titles, the accuracy and the gallery's title. */
    void relabel() {
        titles.run();
        showEvaluation();
    }

    /** Shows the mistakes of one cell (true digit, predicted digit), or all of them with (−1, −1). */
    void filter(int trueDigit, int predicted) {
        filterTrue = trueDigit;
        filterPredicted = predicted;
        matrix.select(trueDigit, predicted);
        showEvaluation();
    }

    private void showEvaluation() {
        if (evaluation == null) {
            accuracy.setText(messages.get("test.computing"));
            galleryTitle.setText("");
            return;
        }
        DigitSet test = state.dataProperty().get().test();
        accuracy.setText(messages.get("test.accuracy", messages.get("model." + evaluated.kind().key()),
                String.format(Locale.ROOT, "%.2f", 100 * evaluation.accuracy()), evaluation.correct(), evaluation.samples()));
        matrix.setCounts(evaluation.confusion());
        List<Integer> picked = new ArrayList<>();
        for (int s = 0; s < test.size(); s++) {
            int t = test.label(s);
            int p = evaluation.predictions()[s];
            boolean wanted = filterTrue < 0 ? t != p : t == filterTrue && p == filterPredicted;
            if (wanted && picked.size() < MAX_SHOWN) {
                picked.add(s);
            }
        }
        shown = picked.stream().mapToInt(Integer::intValue).toArray();
        List<float[]> images = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int s : shown) {
            images.add(test.image(s));
            captions.add(test.label(s) + " → " + evaluation.predictions()[s]);
        }
        gallery.setDigits(images, captions);
        galleryTitle.setText(filterTrue < 0
                ? messages.get("test.mistakes", shown.length)
                : messages.get("test.cell", shown.length, filterTrue, filterPredicted));
    }
}
