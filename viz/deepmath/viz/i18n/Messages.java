package deepmath.viz.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableObjectValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One resource bundle in the current language; lookups follow the language live. */
public final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    /** No fallback to the JVM's default locale: English is the base file, French the _fr file. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ObservableObjectValue<Locale> locale;

    Messages(String baseName, ObservableObjectValue<Locale> locale) {
        this.baseName = baseName;
        this.locale = locale;
    }

    /** The text of {@code key} now, formatted with {@link MessageFormat} when arguments are given. */
    public String get(String key, Object... args) {
        return lookup(locale.get(), key, args);
    }

    /** A binding that follows the language: bind labels, menu items and tooltips to it. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> lookup(locale.get(), key, args), locale);
    }

    /** True when the bundle defines {@code key} (in the base file). */
    public boolean has(String key) {
        return bundle(Locale.ENGLISH).containsKey(key);
    }

    private String lookup(Locale current, String key, Object... args) {
        try {
            String pattern = bundle(current).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, current).format(args);
        } catch (MissingResourceException e) {
            LOG.warn("missing message {} in {} ({})", key, baseName, current);
            return "!" + key + "!";
        }
    }

    private ResourceBundle bundle(Locale current) {
        return ResourceBundle.getBundle(baseName, current, Messages.class.getClassLoader(), NO_FALLBACK);
    }
}
