package deepmath.sequential.data;

import deepmath.core.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of a data description, written after a {@code ?} and separated by commas:
 * {@code folder:pets?size=64,channels=1}, {@code text:aclImdb?words=1000,per-class=500}, {@code cifar10:dir?limit=5000},
 * {@code csv:data.csv?targets=2}. Every option is a whole number; each kind says which ones it takes.
 */
public final class DataOptions {
    /** Image side (folder), in pixels. */
    public static final String SIZE = "size";
    /** 1 (grey) or 3 (RGB) channels (folder). */
    public static final String CHANNELS = "channels";
    /** The k most frequent words kept (text). */
    public static final String WORDS = "words";
    /** At most this many examples of each class, in each of train and test (folder, text). */
    public static final String PER_CLASS = "per-class";
    /** At most this many examples, the first ones, in each of train and test (cifar10, csv). */
    public static final String LIMIT = "limit";
    /** The number of last columns that are targets (csv). */
    public static final String TARGETS = "targets";

    private final String kind;
    private final Map<String, String> values;

    private DataOptions(String kind, Map<String, String> values) {
        this.kind = kind;
        this.values = values;
    }

    /** No options. */
    public static DataOptions none(String kind) {
        return new DataOptions(kind, Map.of());
    }

    /** Reads {@code name=value,name=value}, refusing a name {@code known} lacks. */
    public static DataOptions parse(String kind, String text, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = (eq < 0 ? part : part.substring(0, eq)).strip();
            if (!known.contains(name)) {
                throw new BadInputException(ExamplesProblem.UNKNOWN_OPTION, kind, name,
                        known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known)));
            }
            values.put(name, eq < 0 ? "" : part.substring(eq + 1).strip());
        }
        return new DataOptions(kind, Map.copyOf(values));
    }

    /** The option's value, or {@code fallback} when it is not given; refused outside [min, max]. */
    public int integer(String name, int fallback, int min, int max) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadInputException(ExamplesProblem.OPTION_VALUE, kind, name, min, max, value);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
