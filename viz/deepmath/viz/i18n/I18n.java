package deepmath.viz.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The lab's current language and its message bundles. Every visible text is bound to a
 * {@link Messages#text} binding, so switching {@link #localeProperty()} relabels the whole window live.
 * Bundles live in {@code resources/i18n/<name>.properties} (English) and {@code <name>_fr.properties}.
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

    private final ObjectProperty<Locale> locale;
    private final Map<String, Messages> bundles = new ConcurrentHashMap<>();

    public I18n(Locale initial) {
        this.locale = new SimpleObjectProperty<>(this, "locale", supported(initial));
    }

    /** French for a French system, English otherwise (the two languages of the lab). */
    public static Locale supported(Locale requested) {
        return requested != null && FRENCH.getLanguage().equals(requested.getLanguage()) ? FRENCH : ENGLISH;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(supported(value));
    }

    /** The messages of bundle {@code i18n/<name>}, e.g. {@code messages("shell")}. */
    public Messages messages(String name) {
        return bundles.computeIfAbsent(name, n -> new Messages("i18n." + n, locale));
    }
}
