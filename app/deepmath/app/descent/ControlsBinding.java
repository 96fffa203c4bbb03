package deepmath.app.descent;

import deepmath.descent.DescentPreset;
import deepmath.optim.OptimizerKind;
import deepmath.viz.i18n.Messages;
import java.util.EnumSet;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

/**
 * The controls and the state, both ways: each control shows its setting of the {@link DescentState} and a user's
 * change writes it there (a change coming from the state is not written back: a slider's rounding would otherwise
 * alter a restored δ). Step, Play (a timeline of steps) and Reset act on the state's runs.
 */
final class ControlsBinding {
    private final DescentControls controls;
    private final DescentState state;
    private final Timeline player = new Timeline();
    /** True while the controls are being set from the state. */
    private boolean showing;

    private final Messages messages;

    ControlsBinding(DescentControls controls, DescentState state, Messages messages) {
        this.controls = controls;
        this.state = state;
        this.messages = messages;
        fromState();
        for (javafx.beans.Observable setting : java.util.List.of(state.presetProperty(), state.methodProperty(),
                state.stepProperty(), state.scheduleProperty(), state.scheduleParameterProperty(), state.muProperty(), state.raceProperty(), state.batchProperty(),
                state.shuffleProperty(), state.comparedBatchesProperty(), state.problemProperty(), state.dataProperty())) {
            setting.addListener(o -> fromState());
        }
        controls.presets.setOnAction(e -> {
            if (!showing && controls.presets.getValue() != null) {
                state.applyPreset(controls.presets.getValue());
            }
        });
        controls.method.valueProperty().addListener((obs, old, kind) -> {
            if (!showing && kind != null) {
                state.methodProperty().set(kind);
            }
        });
        controls.schedule.valueProperty().addListener((obs, old, kind) -> {
            if (!showing && kind != null) {
                state.setSchedule(kind, kind.defaultParameter());
            }
        });
        controls.scheduleParameter.valueProperty().addListener((obs, old, value) -> {
            if (!showing && value != null) {
                state.setSchedule(state.scheduleProperty().get(), value);
            }
        });
        whenSet(controls.logStep, this::writeStep);
        whenSet(controls.mu, this::writeMu);
        controls.race.values().forEach(box -> box.selectedProperty().addListener(o -> {
            if (!showing) {
                Set<OptimizerKind> kinds = EnumSet.noneOf(OptimizerKind.class);
                controls.race.forEach((kind, b) -> {
                    if (b.isSelected()) {
                        kinds.add(kind);
                    }
                });
                state.setRace(kinds);
            }
        }));
        controls.batch.valueProperty().addListener((obs, old, size) -> {
            if (!showing && size != null) {
                state.batchProperty().set(size);
            }
        });
        controls.shuffle.selectedProperty().addListener((obs, old, on) -> {
            if (!showing) {
                state.shuffleProperty().set(on);
            }
        });
        controls.compared.values().forEach(box -> box.selectedProperty().addListener(o -> {
            if (!showing) {
                java.util.List<Integer> sizes = new java.util.ArrayList<>();
                controls.compared.forEach((k, b) -> {
                    if (b.isSelected()) {
                        sizes.add(k);
                    }
                });
                state.setComparedBatches(sizes);
            }
        }));
        controls.runBook.setOnAction(e -> {
            player.stop();
            DescentPreset p = DescentPreset.byId(state.presetProperty().get());
            if (p != null) {
                state.stepTo(p.steps());
            }
        });
        // New runs (a setting changed) or runs that cannot start: a playing descent stops.
        state.runsProperty().addListener(o -> player.stop());
        state.runErrorProperty().addListener(o -> player.stop());
        controls.step.setOnAction(e -> state.step());
        controls.reset.setOnAction(e -> {
            player.stop();
            state.reset();
        });
        controls.play.textProperty().bind(javafx.beans.binding.Bindings.when(
                player.statusProperty().isEqualTo(Animation.Status.RUNNING))
                .then(messages.text("control.pause")).otherwise(messages.text("control.play")));
        controls.play.setOnAction(e -> togglePlay());
        controls.speed.valueProperty().addListener(o -> player.setRate(controls.speed.getValue()));
        player.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> {
            if (!state.step()) {
                player.stop();
            }
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        player.setRate(controls.speed.getValue());
        controls.copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(csv(state));
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    /** The first run's iterates as CSV (the table's content in full precision). */
    static String csv(DescentState state) {
        return IterateTable.csv(state.primary().descent().iterates(), state.problem().parameters());
    }

    void stop() {
        player.stop();
    }

    private void togglePlay() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            player.stop();
        } else {
            player.play();
        }
    }

    /** Calls {@code write} for each value the slider settles on: not while it is dragged, once when let go. */
    private static void whenSet(javafx.scene.control.Slider slider, Runnable write) {
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                write.run();
            }
        });
        slider.valueProperty().addListener(o -> {
            if (!slider.isValueChanging()) {
                write.run();
            }
        });
    }

    private void writeStep() {
        if (!showing) {
            state.stepProperty().set(controls.step());
        }
    }

    private void writeMu() {
        if (!showing) {
            state.muProperty().set(controls.mu.getValue());
        }
    }

    private void fromState() {
        showing = true;
        try {
            String id = state.presetProperty().get();
            controls.presets.setValue(DescentPreset.all().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null));
            controls.method.setValue(state.methodProperty().get());
            controls.setStep(state.stepProperty().get());
            controls.schedule.setValue(state.scheduleProperty().get());
            controls.showParameterFor(state.scheduleProperty().get(), state.scheduleParameterProperty().get());
            controls.mu.setValue(state.muProperty().get());
            controls.race.forEach((kind, box) -> box.setSelected(state.raceProperty().get().contains(kind)));
            controls.batch.getValueFactory().setValue(state.batchProperty().get());
            controls.shuffle.setSelected(state.shuffleProperty().get());
            controls.compared.forEach((k, box) -> box.setSelected(state.comparedBatchesProperty().get().contains(k)));
            // the data settings act on data problems only
            controls.showDataSection(state.problemKind().isData());
            DescentPreset p = DescentPreset.byId(id);
            controls.runBook.setVisible(p != null);
            controls.runBook.setManaged(p != null);
            if (p != null) {
                controls.runBook.textProperty().bind(messages.text("control.runBook", p.steps()));
            }
        } finally {
            showing = false;
        }
    }
}
