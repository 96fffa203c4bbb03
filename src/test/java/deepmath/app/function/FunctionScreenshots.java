package deepmath.app.function;

import deepmath.app.lab.LabId;
import deepmath.app.settings.Settings;
import deepmath.app.shell.MainWindow;
import deepmath.app.shell.StartupOptions;
import deepmath.viz.export.PngExport;
import deepmath.viz.plot.PlotCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The documentation's screenshots of the function labs, in both languages, from the real window in states a
 * reader should see (not a test: run under Xvfb with 3D on, see {@code docs/screenshots/README} or the
 * commit that added it):
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=es2 -Dprism.forceGPU=true
 * -cp "target/test-classes:target/classes:target/lib/*" deepmath.app.function.FunctionScreenshots docs/screenshots}
 */
public final class FunctionScreenshots {
    private FunctionScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        boolean onlyNew = args.length > 1 && args[1].equals("--book-activities");
        boolean onlyTerrain = args.length > 1 && args[1].equals("--terrain");
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            String suffix = locale == Locale.FRENCH ? "-fr" : "-en";
            terrain(locale, out, suffix);
            if (onlyTerrain) {
                continue;
            }
            bookActivities(locale, out, suffix);
            if (onlyNew) {
                continue;
            }
            shoot(locale, out.resolve("surfaces" + suffix + ".png"), w -> {
                w.selectLab(LabId.SURFACES);
            }, 9);
            shoot(locale, out.resolve("surfaces-graph" + suffix + ".png"), w -> {
                w.selectLab(LabId.SURFACES);
                later(2, () -> {
                    ((TabPane) w.stage().getScene().lookup("#surface-tabs")).getSelectionModel().select(1);
                    @SuppressWarnings("unchecked")
                    ComboBox<String> forward = (ComboBox<String>) w.stage().getScene().lookup("#forward-variable");
                    forward.setValue("x");
                });
            }, 9);
            shoot(locale, out.resolve("curve-newton" + suffix + ".png"), w -> {
                w.selectLab(LabId.SURFACES);
                later(1, () -> {
                    @SuppressWarnings("unchecked")
                    ComboBox<deepmath.calculus.FunctionPreset> presets =
                            (ComboBox<deepmath.calculus.FunctionPreset>) w.stage().getScene().lookup("#preset-box");
                    presets.getItems().stream().filter(p -> p.id().equals("newton-cube")).findFirst()
                            .ifPresent(presets::setValue);
                });
                for (int k = 0; k < 3; k++) {
                    later(3 + k, () -> ((Button) w.stage().getScene().lookup("#newton-step")).fire());
                }
            }, 9);
            shoot(locale, out.resolve("level-sets" + suffix + ".png"), w -> {
                w.selectLab(LabId.LEVEL_SETS);
                later(2, () -> {
                    PlotCanvas map = (PlotCanvas) w.stage().getScene().lookup("#contour-map");
                    map.onDataClickedProperty().get().accept(new Point2D(0.45, 0.75));
                });
            }, 9);
        }
        Platform.exit();
        System.exit(0);
    }

    /** The topographic map of chapter 3 (line 3258) on the real terrain, a point picked on a steep flank. */
    private static void terrain(Locale locale, Path out, String suffix) throws Exception {
        shoot(locale, out.resolve("level-sets-topographic" + suffix + ".png"), w -> {
            w.selectLab(LabId.LEVEL_SETS);
            later(3, () -> ((javafx.scene.control.ToggleButton) w.stage().getScene()
                    .lookup("#levels-source-terrain")).fire());
            later(6, () -> {
                PlotCanvas map = (PlotCanvas) w.stage().getScene().lookup("#terrain-map");
                map.onDataClickedProperty().get().accept(new Point2D(17.4, 9.2));
                map.onDataHoveredProperty().get().accept(new Point2D(20, 20));
            });
        }, 10);
    }

    /** The views of the book's activities of chapters 1–4 and 7 (issue 18). */
    private static void bookActivities(Locale locale, Path out, String suffix) throws Exception {
        shoot(locale, out.resolve("curve-sigmoids" + suffix + ".png"), w -> {
            w.selectLab(LabId.SURFACES);
            later(14, () -> ((Button) w.stage().getScene().lookup("#curve-figure-sigmoids")).fire());
        }, 22);
        shoot(locale, out.resolve("curve-points" + suffix + ".png"), w -> { // ch. 2, line 2731
            w.selectLab(LabId.SURFACES);
            later(14, () -> ((Button) w.stage().getScene().lookup("#curve-figure-points")).fire());
        }, 22);
        shoot(locale, out.resolve("graph-weights" + suffix + ".png"), w -> {
            w.selectLab(LabId.SURFACES);
            later(13, () -> {
                TextField field = (TextField) w.stage().getScene().lookup("#formula-field");
                field.setText("ln(c*(a*x + b)^2)");
                field.fireEvent(new javafx.event.ActionEvent());
            });
            later(15, () -> {
                var scene = w.stage().getScene();
                ((javafx.scene.control.Slider) scene.lookup("#parameter-a")).setValue(3);
                ((javafx.scene.control.Slider) scene.lookup("#parameter-b")).setValue(4);
                ((javafx.scene.control.Slider) scene.lookup("#parameter-c")).setValue(5);
                ((javafx.scene.control.Slider) scene.lookup("#curve-x0")).setValue(2);
                for (String name : new String[] {"a", "b", "c"}) {
                    ((javafx.scene.control.CheckBox) scene.lookup("#curve-graph-weight-" + name)).setSelected(true);
                }
            });
        }, 22);
        shoot(locale, out.resolve("level-surface" + suffix + ".png"), w -> {
            w.selectLab(LabId.SURFACES);
            later(13, () -> {
                TextField field = (TextField) w.stage().getScene().lookup("#formula-field");
                field.setText("x^2 + y^2 + z^2");
                field.fireEvent(new javafx.event.ActionEvent());
            });
            later(15, () -> {
                var scene = w.stage().getScene();
                TextField c = (TextField) scene.lookup("#surface-level");
                c.setText("2.25");
                c.fireEvent(new javafx.event.ActionEvent());
                ((javafx.scene.control.Slider) scene.lookup("#parameter-z")).setValue(0.9);
                ((javafx.scene.control.CheckBox) scene.lookup("#surface-level-surface")).setSelected(true);
            });
        }, 24);
        shoot(locale, out.resolve("level-sets-directional" + suffix + ".png"), w -> {
            w.selectLab(LabId.SURFACES);
            later(13, () -> {
                @SuppressWarnings("unchecked")
                ComboBox<deepmath.calculus.FunctionPreset> presets =
                        (ComboBox<deepmath.calculus.FunctionPreset>) w.stage().getScene().lookup("#preset-box");
                presets.getItems().stream().filter(p -> p.id().equals("distances")).findFirst()
                        .ifPresent(presets::setValue);
            });
            later(14, () -> w.selectLab(LabId.LEVEL_SETS));
            later(16, () -> {
                var scene = w.stage().getScene();
                PlotCanvas map = (PlotCanvas) scene.lookup("#contour-map");
                map.onDataClickedProperty().get().accept(new Point2D(0, 3));
                @SuppressWarnings("unchecked")
                ComboBox<deepmath.calculus.MinimumSearch.Method> method =
                        (ComboBox<deepmath.calculus.MinimumSearch.Method>) scene.lookup("#levels-search-method");
                method.setValue(deepmath.calculus.MinimumSearch.Method.SLICES);
                @SuppressWarnings("unchecked")
                javafx.scene.control.Spinner<Integer> size =
                        (javafx.scene.control.Spinner<Integer>) scene.lookup("#levels-search-size");
                size.getValueFactory().setValue(6);
                ((Button) scene.lookup("#levels-search-run")).fire();
            });
            later(19, () -> {
                javafx.scene.Node n = w.stage().getScene().lookup("#levels-directional");
                while (n != null && !(n instanceof ScrollPane)) {
                    n = n.getParent();
                }
                if (n instanceof ScrollPane column) {
                    column.setVvalue(1);   // the directional derivative and the search at the bottom
                }
            });
        }, 24);
    }

    private interface Scenario {
        void run(MainWindow window);
    }

    private static void later(double seconds, Runnable action) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private static void shoot(Locale locale, Path file, Scenario scenario, double seconds) throws Exception {
        Preferences preferences = Preferences.userRoot().node("deepmath-lab-shots-" + UUID.randomUUID());
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, new Settings(preferences),
                    StartupOptions.defaults().withLanguage(locale));
            window.show();
            window.startEngine();
            scenario.run(window);
            later(seconds, () -> {
                try {
                    PngExport.write(stage.getScene().snapshot(null), file);
                    System.out.println("screenshot=" + file.toAbsolutePath());
                } catch (Exception e) {
                    System.err.println("screenshot failed: " + e.getMessage());
                }
                stage.close();
                shown.complete(stage);
            });
        });
        shown.get(120, TimeUnit.SECONDS);
        preferences.removeNode();
    }
}
