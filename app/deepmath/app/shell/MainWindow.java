package deepmath.app.shell;

import deepmath.app.lab.Lab;
import deepmath.app.lab.LabCatalog;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.app.lab.LazyLab;
import deepmath.app.lexicon.LexiconWindow;
import deepmath.app.session.SessionData;
import deepmath.app.session.SessionFile;
import deepmath.app.settings.Settings;
import deepmath.app.settings.WindowPlacement;
import deepmath.app.task.BackgroundTasks;
import deepmath.nd.Nd4jRuntime;
import deepmath.viz.export.PngExport;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.WritableImage;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The lab's one window: menus on top, the labs in a sidebar, the current lab in the middle, the status bar
 * below. It owns the shell's services (language, background tasks, sessions, settings) and hands them to
 * the labs through a {@link LabContext}.
 */
public final class MainWindow implements ShellActions {
    private static final double DEFAULT_WIDTH = 1360;
    private static final double DEFAULT_HEIGHT = 860;

    private final Stage stage;
    private final Settings settings;
    private final I18n i18n;
    private final Messages text;
    private final ErrorDialog errors;
    private final BackgroundTasks tasks;
    private final EngineStatus engine = new EngineStatus();
    private final Map<LabId, LazyLab> labs = new EnumMap<>(LabId.class);
    private final SessionController sessions;
    private SessionFile sessionFile;
    private final StackPane content = new StackPane();
    private final Navigation navigation;
    private final StatusBar statusBar;
    private final AppMenus menus;
    private final BorderPane root = new BorderPane();
    private final BooleanProperty navigationVisible = new SimpleBooleanProperty(true);
    private final BooleanProperty darkTheme;
    private final ReadOnlyObjectWrapper<Lab> current = new ReadOnlyObjectWrapper<>(this, "currentLab");
    private final HelpDialogs help;
    private LexiconWindow lexicon;
    private final LabId firstLab;
    private Rectangle2D normalBounds;

    public MainWindow(Stage stage, Settings settings, StartupOptions options) {
        this.stage = stage;
        this.settings = settings;
        this.i18n = new I18n(options.language().or(settings::language).orElse(Locale.getDefault()));
        this.text = i18n.messages("shell");
        this.errors = new ErrorDialog(text, new deepmath.app.task.ErrorText(i18n), () -> stage);
        this.tasks = new BackgroundTasks(errors);
        this.darkTheme = new SimpleBooleanProperty(settings.darkTheme());

        LabContext context = new LabContext(i18n, tasks, errors, engine.readyProperty(), () -> stage,
                new DoneNotifications(stage), options.openDefaultModel());
        List<LazyLab> created = LabCatalog.create(context);
        created.forEach(lab -> labs.put(lab.id(), lab));
        this.sessions = new SessionController(List.copyOf(created));
        this.help = new HelpDialogs(text, created.size());
        List<LabId> order = created.stream().map(Lab::id).toList();

        this.menus = new AppMenus(text, this);
        this.navigation = new Navigation(text, order, this::selectLab);
        this.statusBar = new StatusBar(text, tasks, engine);
        content.getStyleClass().add("lab-content");
        content.setId("lab-content");

        root.setTop(menus.build(order, i18n.localeProperty(), navigationVisible, stage.fullScreenProperty(),
                darkTheme));
        root.setLeft(navigation);
        root.setCenter(content);
        root.setBottom(statusBar);
        root.getStyleClass().add("main-window");
        navigationVisible.addListener((obs, old, visible) -> root.setLeft(visible ? navigation : null));

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        Theme.apply(scene, darkTheme.get());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> current.get() == null
                ? text.get("app.name")
                : text.get("app.name") + " — " + text.get("lab." + current.get().id().key() + ".title"),
                current, i18n.localeProperty()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        placeWindow();
        acceptDroppedFiles(scene);

        i18n.localeProperty().addListener((obs, old, now) -> {
            settings.setLanguage(now);
            statusBar.show(text.text("status.language"));
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        this.firstLab = options.lab()
                .or(() -> settings.lastLab().flatMap(LabId::fromKey))
                .filter(labs::containsKey)
                .orElse(order.get(0));
    }

    /**
     * Shows the frame (menus, navigation, status bar) at once and builds the first lab right after the frame's
     * first pulse, so the window is never blank while a panel builds. The other labs are built when opened.
     */
    public void show() {
        stage.show();
        if (current.get() == null) {
            afterNextPulse(stage.getScene(), this::showFirstLab);
        }
    }

    /** Builds and shows the first lab now if nothing is shown yet (tests call it to start from a known lab). */
    public void showFirstLab() {
        if (current.get() == null) {
            selectLab(firstLab);
        }
    }

    /** The lab the window shows, or is about to show while its first pulse renders the frame. */
    private LabId currentId() {
        return current.get() == null ? firstLab : current.get().id();
    }

    private static void afterNextPulse(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // Posted from inside the pulse: runs once this pulse has handed the frame to the renderer.
            javafx.application.Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** The labs whose panel has been built (shown or exported); the others cost nothing yet. */
    public java.util.Set<LabId> builtLabs() {
        java.util.Set<LabId> built = java.util.EnumSet.noneOf(LabId.class);
        labs.values().stream().filter(LazyLab::isViewBuilt).forEach(lab -> built.add(lab.id()));
        return built;
    }

    /**
     * Loads ND4J on a worker thread; the window is already usable while it loads. While the first lab is still
     * to be built, the load waits for it to be drawn: on two cores it would otherwise take half the machine
     * from the panel the reader is waiting for.
     */
    public void startEngine() {
        if (current.get() != null) {
            loadEngine();
            return;
        }
        javafx.beans.value.ChangeListener<Lab> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Lab> obs, Lab old, Lab now) {
                current.removeListener(this);
                afterNextPulse(stage.getScene(), MainWindow.this::loadEngine);
            }
        };
        current.addListener(once);
    }

    private void loadEngine() {
        statusBar.show(text.text("status.engine.loading"));
        tasks.submit(text.text("task.engine"), progress -> Nd4jRuntime.initialise(), info -> {
            engine.loaded(info);
            statusBar.show(text.text("status.engine.ready", info.backend(), info.blasVendor(), String.valueOf(info.threads()),
                    String.format(Locale.ROOT, "%.1f", info.initMillis() / 1000), info.blasCore(),
                    text.text("engine.blas." + info.blasLibrary())));
        }, error -> {
            engine.failed();
            statusBar.show(text.text("status.engine.failed"));
            errors.report(text.get("task.engine"), error);
        });
    }

    public I18n i18n() {
        return i18n;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public EngineStatus engine() {
        return engine;
    }

    public ReadOnlyObjectProperty<Lab> currentLabProperty() {
        return current.getReadOnlyProperty();
    }

    public Stage stage() {
        return stage;
    }

    // ---- navigation -------------------------------------------------------------------------------

    @Override
    public void selectLab(LabId id) {
        LazyLab lazy = labs.get(id);
        if (lazy == null || current.get() != null && current.get().id() == id) {
            navigation.select(id);
            return;
        }
        Lab lab = lazy.lab();
        Node view = lazy.view();
        content.getChildren().setAll(view);
        current.set(lab);
        navigation.select(id);
        menus.labShown(id);
        settings.setLastLab(id.key());
        lab.shown();
    }

    @Override
    public void setLanguage(Locale locale) {
        i18n.setLocale(locale);
    }

    @Override
    public void setNavigationVisible(boolean visible) {
        navigationVisible.set(visible);
    }

    @Override
    public void setFullScreen(boolean fullScreen) {
        stage.setFullScreen(fullScreen);
    }

    @Override
    public void setDarkTheme(boolean dark) {
        darkTheme.set(dark);
        settings.setDarkTheme(dark);
        Theme.apply(stage.getScene(), dark);
        if (lexicon != null) {
            Theme.apply(lexicon.stage().getScene(), dark);
        }
    }

    @Override
    public void showShortcuts() {
        help.shortcuts(stage);
    }

    @Override
    public void showAbout() {
        help.about(stage, engine.info() == null ? text.get("status.engine.short.loading") : text.get("engine.summary",
                engine.info().backend(), engine.info().blasVendor(), String.valueOf(engine.info().threads()),
                engine.info().blasCore(), text.get("engine.blas." + engine.info().blasLibrary())));
    }

    /** Help ▸ Lexicon: built on first use (the lexicon's file is read then), then shown again as the reader left it. */
    @Override
    public void showLexicon() {
        if (lexicon == null) {
            lexicon = new LexiconWindow(stage, i18n, deepmath.lexicon.Lexicon.shipped(), this::selectLab);
            Theme.apply(lexicon.stage().getScene(), darkTheme.get());
        }
        lexicon.show();
    }

    // ---- files ------------------------------------------------------------------------------------

    @Override
    public void open() {
        Lab lab = labs.get(currentId());
        FileChooser chooser = chooser("dialog.open.title");
        chooser.getExtensionFilters().addAll(lab.openableFiles());
        chooser.getExtensionFilters().add(sessionFilter());
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            remember(file);
            openFile(file.toPath());
        }
    }

    /** A session file opens as a session; anything else goes to the current lab if it takes that type. */
    private void openFile(Path file) {
        Lab lab = labs.get(currentId());
        boolean labTakesIt = accepts(lab.openableFiles(), file);
        if (!labTakesIt && file.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            openSession(file);
        } else if (labTakesIt) {
            lab.open(file);
        } else {
            errors.report(text.get("action.open"), new deepmath.core.BadInputException(
                    text.get("dialog.dropRefused", file.getFileName())));
        }
    }

    private static boolean accepts(List<FileChooser.ExtensionFilter> filters, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return filters.stream().flatMap(f -> f.getExtensions().stream())
                .map(pattern -> pattern.toLowerCase(Locale.ROOT).replace("*", ""))
                .anyMatch(suffix -> suffix.isEmpty() || name.endsWith(suffix));
    }

    @Override
    public void openSession() {
        FileChooser chooser = chooser("dialog.openSession.title");
        chooser.getExtensionFilters().add(sessionFilter());
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            remember(file);
            openSession(file.toPath());
        }
    }

    /** Reads {@code file} off the FX thread, then restores it all-or-nothing; errors change nothing. */
    public Task<SessionData> openSession(Path file) {
        return tasks.submit(text.text("action.openSession"), progress -> sessionFile().read(file), session -> {
            try {
                SessionController.Restore restore = sessions.prepare(session);
                restore.applyLabs().run();
                restore.activeLab().ifPresent(this::selectLab);
                statusBar.show(text.text("status.sessionOpened", file.getFileName()));
            } catch (RuntimeException e) {
                errors.report(text.get("action.openSession"), e);
            }
        });
    }

    /** Made on first use, on the worker that reads or writes: Jackson's set-up is no part of start-up. */
    private synchronized SessionFile sessionFile() {
        if (sessionFile == null) {
            sessionFile = new SessionFile();
        }
        return sessionFile;
    }

    @Override
    public void saveSession() {
        FileChooser chooser = chooser("dialog.saveSession.title");
        chooser.getExtensionFilters().add(sessionFilter());
        chooser.setInitialFileName("session.json");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            remember(file);
            saveSession(file.toPath());
        }
    }

    /** Captures every lab's state now (FX thread) and writes it atomically on a worker thread. */
    public Task<Path> saveSession(Path file) {
        SessionData session = sessions.capture(currentId(), i18n.getLocale());
        return tasks.submit(text.text("action.saveSession"), progress -> {
            sessionFile().write(file, session);
            return file;
        }, saved -> statusBar.show(text.text("status.sessionSaved", saved.getFileName())));
    }

    @Override
    public void exportView() {
        FileChooser chooser = chooser("dialog.export.title");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("dialog.filter.png"), "*.png"));
        chooser.setInitialFileName(currentId().key() + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            remember(file);
            Path target = file.getName().toLowerCase(Locale.ROOT).endsWith(".png")
                    ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".png");
            exportView(target);
        }
    }

    /** Snapshots the current lab's view (FX thread) and encodes the PNG on a worker thread. */
    public Task<Path> exportView(Path file) {
        WritableImage image = PngExport.snapshot(labs.get(currentId()).exportView(), 1);
        return tasks.submit(text.text("task.export"), progress -> {
            PngExport.write(image, file);
            return file;
        }, written -> statusBar.show(text.text("status.exported", written)));
    }

    @Override
    public void quit() {
        List<Task<?>> running = new ArrayList<>(tasks.running());
        if (!running.isEmpty()) {
            ButtonType quit = LabDialogPane.button(text, "dialog.quit.confirm", ButtonBar.ButtonData.OK_DONE);
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    text.get("dialog.quit.content", running.get(running.size() - 1).getTitle()),
                    quit, LabDialogPane.button(text, "dialog.cancel", ButtonBar.ButtonData.CANCEL_CLOSE));
            confirm.initOwner(stage);
            confirm.setTitle(text.get("dialog.quit.title"));
            confirm.setHeaderText(text.get("dialog.quit.header"));
            if (confirm.showAndWait().filter(quit::equals).isEmpty()) {
                return;
            }
        }
        rememberPlacement();
        settings.flush();
        tasks.close();
        stage.close();
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get(titleKey));
        settings.lastFolder().map(File::new).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private FileChooser.ExtensionFilter sessionFilter() {
        return new FileChooser.ExtensionFilter(text.get("dialog.filter.session"), "*.json");
    }

    private void remember(File file) {
        Optional.ofNullable(file.getAbsoluteFile().getParentFile())
                .ifPresent(folder -> settings.setLastFolder(folder.getPath()));
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (files != null && !files.isEmpty()) {
                openFile(files.get(0).toPath());
            }
            e.setDropCompleted(files != null && !files.isEmpty());
            e.consume();
        });
    }

    // ---- window placement -------------------------------------------------------------------------

    private void placeWindow() {
        Optional<WindowPlacement> saved = settings.windowPlacement().filter(p ->
                !Screen.getScreensForRectangle(p.x(), p.y(), p.width(), p.height()).isEmpty());
        if (saved.isPresent()) {
            WindowPlacement p = saved.get();
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.92));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.92));
            stage.centerOnScreen();
        }
        // The size to restore is the last one the user chose, not the maximised or full-screen one.
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() > 0) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener((o, a, b) -> track.run());
        stage.yProperty().addListener((o, a, b) -> track.run());
        stage.widthProperty().addListener((o, a, b) -> track.run());
        stage.heightProperty().addListener((o, a, b) -> track.run());
    }

    private void rememberPlacement() {
        if (normalBounds != null) {
            settings.setWindowPlacement(new WindowPlacement(normalBounds.getMinX(), normalBounds.getMinY(),
                    normalBounds.getWidth(), normalBounds.getHeight(), stage.isMaximized()));
        }
    }
}
