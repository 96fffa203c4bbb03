package deepmath.app.network;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorReporter;
import deepmath.viz.i18n.Messages;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * What is under the network, as tabs (ch. 9): training by backpropagation ({@link TrainingPane}), the perceptron
 * rule one example at a time, the error along one weight, training against test on the black squares, and
 * the weights in keras' layout (ch. 6), under- and over-fitting by polynomials (ch. 9, line 11124). The
 * tab shown is part of the lab's state ({@link NetworkModel#learningProperty()}); the chapter-9 presets open the
 * tab that shows them.
 */
final class LearningViews {
    /** The preset that opens each view (the others open the backpropagation tab). */
    private static final Map<String, String> PRESET_VIEWS = Map.of("hebb-and", LearningChoices.PERCEPTRON,
            "hebb-or", LearningChoices.PERCEPTRON, "local-minimum", LearningChoices.PROFILE, "relu-two", LearningChoices.KERAS,
            "sigmoid-2-3-1", LearningChoices.KERAS);
    // the parabola presets (line 11160) open the backpropagation tab: its readout shows train against test
    /** The presets whose book's table of iterates is the thing to watch. */
    private static final List<String> ITERATE_PRESETS = List.of("sigmoid-neuron-20", "xor-learning", "step-learning");

    private final NetworkModel model;
    private final Messages messages;
    private final TrainingPane training;
    private final PerceptronPane perceptron;
    private final ErrorProfilePane profile;
    private final SquaresPane squares;
    private final KerasPane keras;
    private final PolynomialPane polynomials;
    private final TabPane tabs = new TabPane();

    LearningViews(NetworkModel model, Messages messages, TrainingPane training, BackgroundTasks tasks,
                  ErrorReporter errors, deepmath.app.task.ErrorText errorText) {
        this.model = model;
        this.messages = messages;
        this.training = training;
        java.util.function.Consumer<RuntimeException> report = e -> errors.report(messages.get("lab.title"), e);
        Runnable beforeEdit = () -> {
            training.pause();
            training.invalidate();
        };
        this.perceptron = new PerceptronPane(model, messages, beforeEdit, report);
        this.profile = new ErrorProfilePane(model, messages, beforeEdit, report);
        this.squares = new SquaresPane(model, messages, tasks, errors);
        this.keras = new KerasPane(model, messages);
        this.polynomials = new PolynomialPane(messages, errorText);
        tabs.getTabs().setAll(
                tab(LearningChoices.BACKPROPAGATION, "learning.backpropagationTab", training.node()),
                tab(LearningChoices.PERCEPTRON, "learning.perceptronTab", perceptron.node()),
                tab(LearningChoices.PROFILE, "learning.profileTab", profile.node()),
                tab(LearningChoices.SQUARES, "learning.squaresTab", squares.node()),
                tab(LearningChoices.KERAS, "learning.kerasTab", keras.node()),
                tab(LearningChoices.POLYNOMIALS, "learning.polynomialsTab", polynomials.node()));
        tabs.setId("network-learning-views");
        tabs.getStyleClass().add("network-learning-views");
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            String view = LearningChoices.VIEWS.get(now.intValue());
            profile.setShowing(view.equals(LearningChoices.PROFILE));
            keras.setShowing(view.equals(LearningChoices.KERAS));
            if (view.equals(LearningChoices.PERCEPTRON) || view.equals(LearningChoices.PROFILE)) {
                training.pause(); // they move the weights themselves
            }
            if (!view.equals(model.learningProperty().get().view())) {
                model.learningProperty().set(model.learningProperty().get().withView(view));
            }
        });
        model.learningProperty().addListener((o, was, now) -> select(now.view()));
        select(model.learningProperty().get().view());
    }

    Node node() {
        return tabs;
    }

    /** The height these views need: the training controls' and the tab bar above them. */
    double neededHeight(double width) {
        Node header = tabs.lookup(".tab-header-area");
        double bar = header instanceof javafx.scene.layout.Region r && r.getHeight() > 0 ? r.getHeight() : 36;
        return training.controlsHeight() + bar;
    }

    /** Width of the buttons-and-explanation column left of each chapter-9 view. */
    static final double COLUMN_WIDTH = 400;

    /**
     * The column of buttons and explanation of a view, at a fixed width so that its texts wrap, scrolling down
     * when the pane is lower than the explanation.
     */
    static javafx.scene.control.ScrollPane column(javafx.scene.layout.VBox content) {
        content.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(COLUMN_WIDTH);
        scroll.setMinWidth(COLUMN_WIDTH);
        scroll.setPrefHeight(120); // it fills the pane's height; it does not ask for the whole explanation
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    PerceptronPane perceptron() {
        return perceptron;
    }

    ErrorProfilePane profile() {
        return profile;
    }

    SquaresPane squares() {
        return squares;
    }

    KerasPane keras() {
        return keras;
    }

    PolynomialPane polynomials() {
        return polynomials;
    }

    /** A preset was loaded: show the view it is about. */
    void presetLoaded(String key) {
        String view = PRESET_VIEWS.getOrDefault(key, LearningChoices.BACKPROPAGATION);
        model.learningProperty().set(model.learningProperty().get().withView(view).withParameter(0));
        if (ITERATE_PRESETS.contains(key)) {
            training.showIterates();
        }
    }

    void relabel() {
        perceptron.relabel();
        profile.relabel();
        squares.relabel();
        keras.relabel();
        polynomials.relabel();
    }

    private void select(String view) {
        int index = LearningChoices.VIEWS.indexOf(view);
        if (index >= 0 && tabs.getSelectionModel().getSelectedIndex() != index) {
            tabs.getSelectionModel().select(index);
        }
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(messages.text(key));
        tab.setContent(content);
        tab.setClosable(false);
        tab.setId("network-" + id + "-tab");
        return tab;
    }
}
