package deepmath.app.ui;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EngineStatus;
import deepmath.app.shell.ErrorDialog;
import deepmath.app.shell.MainWindow;
import deepmath.core.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real main window through a lab for the two guards: at the window's default size and at
 * 1280×800, it opens the lab, selects each tab of each tab pane (nested ones too), walks it in English,
 * switches the language live to French (as a user does) and walks every tab again; then it checks
 * translation ({@link TranslationCheck}, texts paired node by node) and clipping ({@link ClippingCheck},
 * in both languages). Call from the test thread, never the FX thread.
 *
 * <pre>{@code
 * new GuardDriver(english.window()).lab(LabId.DESCENT).assertClean();   // english: EnglishWindow.perTest()
 * }</pre>
 */
public final class GuardDriver {
    /** The second size every panel must fit (a common laptop screen). */
    public static final double[] LAPTOP = {1280, 800};
    private static final long SETTLE_SECONDS = 30;

    private final MainWindow window;
    private final TranslationCheck translation;

    public GuardDriver(MainWindow window) {
        this(window, TranslationCheck.fromBundles());
    }

    public GuardDriver(MainWindow window, TranslationCheck translation) {
        this.window = window;
        this.translation = translation;
    }

    /** One tab selection per tab pane on the way to a view; empty for the lab as it opens. */
    private record Selection(TabPane pane, int index) {
    }

    private record View(List<Selection> selections, String name) {
    }

    /** Both guards on {@code lab}: every tab, both languages, the default size and 1280×800. */
    public GuardReport lab(LabId lab) {
        GuardReport report = new GuardReport(lab.key());
        fx(() -> {
            window.setLanguage(Locale.ENGLISH);
            window.selectLab(lab);
            return null;
        });
        settle();
        Stage stage = window.stage();
        double[] defaultSize = fx(() -> new double[] {stage.getWidth(), stage.getHeight()});
        for (double[] size : List.of(defaultSize, LAPTOP)) {
            resize(stage, size);
            settle();
            String sizeName = String.format(Locale.ROOT, "%.0f×%.0f", size[0], size[1]);
            Node panel = fx(() -> window.currentLabProperty().get().view());
            List<View> views = fx(() -> views(panel, lab.key()));
            List<List<VisibleText>> english = new ArrayList<>();
            for (View view : views) {
                List<VisibleText> texts = walk(view, panel);
                english.add(texts);
                report.clipped(view.name() + " | en | " + sizeName, fx(() -> ClippingCheck.problems(panel, texts, null)));
            }
            language(Locale.FRENCH);
            for (int i = 0; i < views.size(); i++) {
                View view = views.get(i);
                List<VisibleText> texts = walk(view, panel);
                String name = view.name() + " | fr | " + sizeName;
                report.clipped(name, fx(() -> ClippingCheck.problems(panel, texts, null)));
                report.untranslated(name, translation.problems(english.get(i), texts));
            }
            language(Locale.ENGLISH);
        }
        resize(stage, defaultSize);
        return report;
    }

    /**
     * Both guards on the shell: the window without the lab's panel (menus, navigation, status bar) at both
     * sizes and in both languages, then the shortcuts, about and error dialogs in each language.
     */
    public GuardReport shell() {
        GuardReport report = new GuardReport("shell");
        settle();
        Stage stage = window.stage();
        Node content = fx(() -> stage.getScene().lookup("#lab-content"));
        double[] defaultSize = fx(() -> new double[] {stage.getWidth(), stage.getHeight()});
        for (double[] size : List.of(defaultSize, LAPTOP)) {
            resize(stage, size);
            settle();
            String sizeName = String.format(Locale.ROOT, "%.0f×%.0f", size[0], size[1]);
            List<VisibleText> english = shellTexts(stage.getScene(), content);
            report.clipped("window | en | " + sizeName,
                    fx(() -> ClippingCheck.problems(stage.getScene().getRoot(), english, content)));
            language(Locale.FRENCH);
            List<VisibleText> french = shellTexts(stage.getScene(), content);
            report.clipped("window | fr | " + sizeName,
                    fx(() -> ClippingCheck.problems(stage.getScene().getRoot(), french, content)));
            report.untranslated("window | fr | " + sizeName, translation.problems(english, french));
            language(Locale.ENGLISH);
        }
        resize(stage, defaultSize);
        busyStatusBar(report, stage, content);
        dialog(report, "shortcuts", w -> w.showShortcuts());
        dialog(report, "about", w -> w.showAbout());
        dialog(report, "error", w -> new ErrorDialog(w.i18n().messages("shell"), new deepmath.app.task.ErrorText(w.i18n()), w::stage).report(
                w.i18n().messages("shell").get("action.open"), new BadInputException(
                        w.i18n().messages("shell").get("dialog.dropRefused", "notes.txt"))));
        return report;
    }

    /** The error dialog a lab opened, walked in each language (by position), and its texts. */
    public record ErrorDialogTexts(GuardReport report, List<VisibleText> english, List<VisibleText> french) {
        /** The dialog's one-line reason (its content text) in French. */
        public String frenchReason() {
            return french.stream().filter(t -> t.node().getStyleClass().contains("content")).map(VisibleText::text)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no reason in " + french));
        }
    }

    /**
     * Both guards on the error dialog {@code provoke} makes {@code lab} open (a bad file, a damaged session): in
     * English, then again in French, every text of the dialog is translated and nothing is clipped.
     */
    public ErrorDialogTexts errorDialog(LabId lab, String name, Consumer<MainWindow> provoke) {
        GuardReport report = new GuardReport(lab.key() + " › " + name);
        fx(() -> {
            window.setLanguage(Locale.ENGLISH);
            window.selectLab(lab);
            return null;
        });
        settle();
        List<VisibleText> english = provokedDialog(provoke, report, name + " | en");
        language(Locale.FRENCH);
        List<VisibleText> french = provokedDialog(provoke, report, name + " | fr");
        language(Locale.ENGLISH);
        report.untranslated(name + " dialog | en", translation.words(english, Locale.ENGLISH));
        report.untranslated(name + " dialog | fr", translation.problemsByOrder(english, french));
        return new ErrorDialogTexts(report, english, french);
    }

    private List<VisibleText> provokedDialog(Consumer<MainWindow> provoke, GuardReport report, String name) {
        fx(() -> {
            provoke.accept(window);
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
        while (!fx(() -> Window.getWindows().stream().anyMatch(w -> w != window.stage() && w.isShowing()
                && w.getScene() != null && w.getScene().lookup(".error-dialog") != null))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": no error dialog opened");
            }
            sleep();
        }
        WaitForAsyncUtils.waitForFxEvents();
        return walkAndHideOtherWindows(report, name);
    }

    /**
     * Both guards on a window the shell opens beside the main one and keeps open (Help ▸ Lexicon): {@code open}
     * shows it in English; its texts are walked, the language is switched live to French (the window stays open, as
     * for a reader) and walked again, pairs checked node by node, nothing clipped in either language at the
     * window's own size; then it is hidden.
     */
    public GuardReport toolWindow(String name, Consumer<MainWindow> open) {
        GuardReport report = new GuardReport(name);
        language(Locale.ENGLISH);
        fx(() -> {
            open.accept(window);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Window tool = fx(() -> Window.getWindows().stream().filter(w -> w != window.stage() && w.isShowing()
                && w.getScene() != null).findFirst().orElseThrow(() -> new IllegalStateException(name + ": no window")));
        List<VisibleText> english = toolTexts(tool, report, name + " | en");
        language(Locale.FRENCH);
        List<VisibleText> french = toolTexts(tool, report, name + " | fr");
        report.untranslated(name + " | fr", translation.problems(english, french));
        language(Locale.ENGLISH);
        fx(() -> {
            tool.hide();
            return null;
        });
        return report;
    }

    private List<VisibleText> toolTexts(Window tool, GuardReport report, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            layout(tool.getScene());
            List<VisibleText> texts = SceneWalker.walk(tool.getScene());
            report.clipped(name, ClippingCheck.problems(tool.getScene(), texts));
            return texts;
        });
    }

    /** The status bar while two tasks run: the newest one's title, "(+1 more)", progress and Cancel. */
    private void busyStatusBar(GuardReport report, Stage stage, Node content) {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        fx(() -> {
            var shell = window.i18n().messages("shell");
            for (String key : List.of("action.saveSession", "task.export")) {
                window.tasks().submit(shell.text(key), progress -> {
                    progress.update(1, 3);
                    release.await(30, TimeUnit.SECONDS);
                    return 0;
                }, done -> { });
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            List<VisibleText> english = shellTexts(stage.getScene(), content);
            if (english.stream().noneMatch(t -> "status-task".equals(t.node().getId()))) {
                throw new IllegalStateException("the status bar shows no running task: " + english);
            }
            report.clipped("busy status bar | en",
                    fx(() -> ClippingCheck.problems(stage.getScene().getRoot(), english, content)));
            fx(() -> {
                window.setLanguage(Locale.FRENCH);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<VisibleText> french = shellTexts(stage.getScene(), content);
            report.clipped("busy status bar | fr",
                    fx(() -> ClippingCheck.problems(stage.getScene().getRoot(), french, content)));
            report.untranslated("busy status bar | fr", translation.problems(english, french));
        } finally {
            release.countDown();
            language(Locale.ENGLISH);
        }
    }

    /** A dialog is built in the language of the moment: opened in English, closed, opened in French. */
    private void dialog(GuardReport report, String name, Consumer<MainWindow> open) {
        List<VisibleText> english = dialogTexts(open, report, name + " | en");
        language(Locale.FRENCH);
        List<VisibleText> french = dialogTexts(open, report, name + " | fr");
        language(Locale.ENGLISH);
        report.untranslated(name + " dialog | fr", translation.problemsByOrder(english, french));
    }

    private List<VisibleText> dialogTexts(Consumer<MainWindow> open, GuardReport report, String name) {
        fx(() -> {
            open.accept(window);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return walkAndHideOtherWindows(report, name);
    }

    /** The texts of every window open beside the main one (dialogs), checked for clipping, then hidden. */
    private List<VisibleText> walkAndHideOtherWindows(GuardReport report, String name) {
        return fx(() -> {
            List<VisibleText> texts = new ArrayList<>();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != window.stage() && w.getScene() != null && w.isShowing()) {
                    w.getScene().getRoot().applyCss();
                    w.getScene().getRoot().layout();
                    List<VisibleText> own = SceneWalker.walk(w.getScene());
                    texts.addAll(own);
                    report.clipped(name, ClippingCheck.problems(w.getScene(), own));
                    w.hide();
                }
            }
            return texts;
        });
    }

    private List<VisibleText> shellTexts(Scene scene, Node content) {
        return fx(() -> {
            layout(scene);
            return SceneWalker.walk(scene).stream().filter(t -> !inside(t.node(), content)).toList();
        });
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The lab as it opens, then each tab of each visible tab pane, depth first (nested panes too). */
    private static List<View> views(Node panel, String lab) {
        List<View> views = new ArrayList<>();
        views.add(new View(List.of(), lab));
        explore(panel, new ArrayList<>(), lab, views);
        views.forEach(v -> select(v.selections()));
        select(views.get(0).selections());
        return views;
    }

    private static void explore(Node root, List<Selection> prefix, String name, List<View> views) {
        for (TabPane pane : tabPanes(root)) {
            int before = pane.getSelectionModel().getSelectedIndex();
            for (int i = 0; i < pane.getTabs().size(); i++) {
                Tab tab = pane.getTabs().get(i);
                if (tab.isDisabled()) {
                    continue;
                }
                List<Selection> path = new ArrayList<>(prefix);
                path.add(new Selection(pane, i));
                String tabName = name + " › " + (tab.getId() != null ? tab.getId() : tab.getText());
                views.add(new View(List.copyOf(path), tabName));
                pane.getSelectionModel().select(i);
                layout(pane.getScene());
                if (tab.getContent() != null) {
                    explore(tab.getContent(), path, tabName, views);
                }
            }
            pane.getSelectionModel().select(Math.max(0, before));
        }
    }

    /** The outermost tab panes under {@code root} (nested ones are reached through their tab). */
    private static List<TabPane> tabPanes(Node root) {
        List<TabPane> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<TabPane> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TabPane pane) {
            found.add(pane);
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static void select(List<Selection> selections) {
        selections.forEach(s -> s.pane().getSelectionModel().select(s.index()));
    }

    private List<VisibleText> walk(View view, Node panel) {
        fx(() -> {
            select(view.selections());
            layout(panel.getScene());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            layout(panel.getScene());
            return SceneWalker.walk(panel);
        });
    }

    private void language(Locale locale) {
        fx(() -> {
            window.setLanguage(locale);
            return null;
        });
        settle();
    }

    /** At the screen's corner: Monocle's headless screen is 1280×800, and a window must fit in it. */
    private static void resize(Stage stage, double[] size) {
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            return null;
        });
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** Waits for the engine, for the background tasks the lab started, and for the FX queue. */
    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
        while (System.nanoTime() < deadline && !fx(() -> window.engine().stateProperty().get() != EngineStatus.State.LOADING
                && window.tasks().running().isEmpty())) {
            sleep();
        }
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            layout(window.stage().getScene());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        }
    }
}
