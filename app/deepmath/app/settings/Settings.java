package deepmath.app.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the lab remembers between runs (window placement, last lab, language, theme, last folder),
 * in the user's Java preferences. Failing to store is logged, never shown: it must not cost the user work.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final String USER_NODE = "org/deepmath/lab";

    private final Preferences node;

    public Settings(Preferences node) {
        this.node = node;
    }

    /** The settings of the current user. */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node(USER_NODE));
    }

    public Optional<WindowPlacement> windowPlacement() {
        double width = node.getDouble("window.width", -1);
        double height = node.getDouble("window.height", -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement(node.getDouble("window.x", 0), node.getDouble("window.y", 0),
                width, height, node.getBoolean("window.maximized", false)));
    }

    public void setWindowPlacement(WindowPlacement placement) {
        node.putDouble("window.x", placement.x());
        node.putDouble("window.y", placement.y());
        node.putDouble("window.width", placement.width());
        node.putDouble("window.height", placement.height());
        node.putBoolean("window.maximized", placement.maximized());
    }

    public Optional<String> lastLab() {
        return Optional.ofNullable(node.get("lab.last", null));
    }

    public void setLastLab(String labKey) {
        node.put("lab.last", labKey);
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(node.get("language", null)).map(Locale::forLanguageTag);
    }

    public void setLanguage(Locale locale) {
        node.put("language", locale.toLanguageTag());
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    public Optional<String> lastFolder() {
        return Optional.ofNullable(node.get("folder.last", null));
    }

    public void setLastFolder(String folder) {
        node.put("folder.last", folder);
    }

    /** Writes pending changes to disk (called when the window closes). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warn("could not store the settings: {}", e.getMessage());
        }
    }
}
