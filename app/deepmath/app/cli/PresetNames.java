package deepmath.app.cli;

import deepmath.core.BookPreset;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A preset's name in one of the lab's languages, read from its lab's bundle (key {@code preset.<key>}) with a plain
 * {@link ResourceBundle}, so that the command line names presets without a window.
 */
public final class PresetNames {
    /** No fallback to the JVM's default locale: English is the base file, French the _fr file. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PresetNames() {
    }

    /** The name, or the preset's key when its bundle has none. */
    public static String of(BookPreset preset, Locale locale) {
        Locale language = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT;
        try {
            return ResourceBundle.getBundle("i18n." + preset.bundle(), language, PresetNames.class.getClassLoader(),
                    NO_FALLBACK).getString("preset." + preset.key());
        } catch (MissingResourceException e) {
            return preset.key();
        }
    }
}
