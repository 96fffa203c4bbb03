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

    /**
     * A binding that follows the language: bind labels, menu items and tooltips to it. Arguments that are
     * observable values (a slider's value, a property) are followed too: the text shows their current value.
     */
    public StringBinding text(String key, Object... args) {
        java.util.List<javafx.beans.Observable> dependencies = new java.util.ArrayList<>();
        dependencies.add(locale);
        for (Object arg : args) {
            if (arg instanceof javafx.beans.value.ObservableValue<?> observable) {
                dependencies.add(observable);
            }
        }
        return Bindings.createStringBinding(() -> lookup(locale.get(), key, current(args)),
                dependencies.toArray(new javafx.beans.Observable[0]));
    }

    private static Object[] current(Object[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object value = args[i] instanceof javafx.beans.value.ObservableValue<?> o ? o.getValue() : args[i];
            // Sliders give doubles: show whole numbers without decimals ("12", not "12,34").
            values[i] = value instanceof Double d && args[i] instanceof javafx.beans.value.ObservableValue<?>
                    ? Long.valueOf(Math.round(d)) : value;
        }
        return values;
    }

    /** The language the texts follow (controls that cannot bind a text listen to it). */
    public ObservableObjectValue<Locale> language() {
        return locale;
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
