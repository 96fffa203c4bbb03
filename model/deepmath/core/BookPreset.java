package deepmath.core;

import java.util.Locale;

/**
 * A ready-made example from the book: the chapter it comes from and its name in both of the lab's languages
 * (names are content, so they live with the example rather than in a UI bundle).
 */
public interface BookPreset {
    String chapter();

    String nameEn();

    String nameFr();

    default String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr() : nameEn();
    }
}
