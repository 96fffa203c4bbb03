package deepmath.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A ready-made example from the book: its key, where it is in the book, and its name in both of the lab's
 * languages. The names live in the lab's bundle ({@code i18n/<bundle>.properties}, key {@code preset.<key>})
 * with the lab's other texts; they are read here with plain {@link ResourceBundle}s so that the command line
 * lists them without a window.
 */
public interface BookPreset {
    /** No fallback to the JVM's default locale: English is the base file, French the _fr file. */
    ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    String key();

    BookReference book();

    /** The bundle that names this kind of preset: "function", "descent", "network". */
    String bundle();

    default String chapter() {
        return String.valueOf(book().chapter());
    }

    default String name(Locale locale) {
        Locale language = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT;
        try {
            return ResourceBundle.getBundle("i18n." + bundle(), language, BookPreset.class.getClassLoader(),
                    NO_FALLBACK).getString("preset." + key());
        } catch (MissingResourceException e) {
            return key();
        }
    }

    default String nameEn() {
        return name(Locale.ENGLISH);
    }

    default String nameFr() {
        return name(Locale.FRENCH);
    }
}
