package deepmath.app.shell;

import deepmath.app.lab.LabId;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, View, Language, Help; every label follows the language. */
final class AppMenus {
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN_SESSION =
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SAVE_SESSION = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NAVIGATION = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FULL_SCREEN = new KeyCodeCombination(KeyCode.F11);
    static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);

    /** Shortcut+N shows the N-th lab. */
    static KeyCombination labShortcut(int n) {
        return new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n)), KeyCombination.SHORTCUT_DOWN);
    }

    private final Messages messages;
    private final ShellActions actions;
    private final Map<LabId, RadioMenuItem> labItems = new EnumMap<>(LabId.class);

    AppMenus(Messages messages, ShellActions actions) {
        this.messages = messages;
        this.actions = actions;
    }

    MenuBar build(List<LabId> labs, ObjectProperty<Locale> language, ObservableBooleanValue navigationVisible,
                  ObservableBooleanValue fullScreen, ObservableBooleanValue darkTheme) {
        MenuBar bar = new MenuBar(fileMenu(), viewMenu(labs, navigationVisible, fullScreen, darkTheme),
                languageMenu(language), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    /** Keeps the View menu's lab items in step with the lab shown. */
    void labShown(LabId id) {
        RadioMenuItem item = labItems.get(id);
        if (item != null) {
            item.setSelected(true);
        }
    }

    private Menu fileMenu() {
        return menu("menu.file", "menu-file",
                item("menu.file.open", "menu-open", OPEN, actions::open),
                item("menu.file.openSession", "menu-open-session", OPEN_SESSION, actions::openSession),
                item("menu.file.saveSession", "menu-save-session", SAVE_SESSION, actions::saveSession),
                new SeparatorMenuItem(),
                item("menu.file.export", "menu-export", EXPORT, actions::exportView),
                new SeparatorMenuItem(),
                item("menu.file.quit", "menu-quit", QUIT, actions::quit));
    }

    private Menu viewMenu(List<LabId> labs, ObservableBooleanValue navigationVisible,
                          ObservableBooleanValue fullScreen, ObservableBooleanValue darkTheme) {
        Menu menu = menu("menu.view", "menu-view");
        menu.getItems().addAll(
                check("menu.view.navigation", "menu-navigation", NAVIGATION, navigationVisible,
                        actions::setNavigationVisible),
                check("menu.view.fullScreen", "menu-full-screen", FULL_SCREEN, fullScreen, actions::setFullScreen),
                check("menu.view.dark", "menu-dark", null, darkTheme, actions::setDarkTheme),
                new SeparatorMenuItem());
        ToggleGroup group = new ToggleGroup();
        int index = 1;
        for (LabId id : labs) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(messages.text("lab." + id.key() + ".title"));
            item.setToggleGroup(group);
            item.setId("menu-lab-" + id.key());
            if (index <= 9) {
                item.setAccelerator(labShortcut(index));
            }
            item.setOnAction(e -> actions.selectLab(id));
            labItems.put(id, item);
            menu.getItems().add(item);
            index++;
        }
        return menu;
    }

    private Menu languageMenu(ObjectProperty<Locale> language) {
        Menu menu = menu("menu.language", "menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : I18n.SUPPORTED) {
            // Each language is named in itself, so that a reader lost in the other one finds theirs.
            RadioMenuItem item = new RadioMenuItem(locale.getDisplayLanguage(locale).substring(0, 1)
                    .toUpperCase(locale) + locale.getDisplayLanguage(locale).substring(1));
            item.setId("menu-language-" + locale.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(locale.equals(language.get()));
            item.setOnAction(e -> actions.setLanguage(locale));
            language.addListener((obs, old, now) -> item.setSelected(locale.equals(now)));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu helpMenu() {
        return menu("menu.help", "menu-help",
                item("menu.help.shortcuts", "menu-shortcuts", HELP, actions::showShortcuts),
                item("menu.help.lexicon", "menu-lexicon", null, actions::showLexicon),
                item("menu.help.about", "menu-about", null, actions::showAbout));
    }

    private Menu menu(String key, String id, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(messages.text(key));
        menu.setId(id);
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(messages.text(key));
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private CheckMenuItem check(String key, String id, KeyCombination accelerator, ObservableBooleanValue state,
                                java.util.function.Consumer<Boolean> action) {
        CheckMenuItem item = new CheckMenuItem();
        item.textProperty().bind(messages.text(key));
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setSelected(state.get());
        state.addListener((obs, old, now) -> item.setSelected(now));
        item.setOnAction(e -> action.accept(item.isSelected()));
        return item;
    }
}
