package deepmath.app.shell;

import deepmath.app.lab.LabId;
import java.util.Locale;

/** What the menus and shortcuts can ask the window to do. */
interface ShellActions {
    void open();

    void openSession();

    void saveSession();

    void exportView();

    void quit();

    void selectLab(LabId id);

    void setLanguage(Locale locale);

    void setNavigationVisible(boolean visible);

    void setFullScreen(boolean fullScreen);

    void setDarkTheme(boolean dark);

    void showShortcuts();

    void showAbout();

    void showLexicon();
}
