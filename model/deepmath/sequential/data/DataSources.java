package deepmath.sequential.data;

import deepmath.core.BadInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data kinds the model builder knows, and the parsing of {@code --data KIND[:ARGUMENT]}: the kind is the text
 * before the first ':', the rest (which may hold more ':', as a range or a Windows path does) goes to its reader.
 */
public final class DataSources {
    private final List<DataSource> sources;

    public DataSources(List<DataSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * Every reader of the lab. The readers of function, CSV, text, CIFAR-10 and image folders are added here as
     * they come (issue 19).
     */
    public static DataSources standard() {
        List<DataSource> all = new ArrayList<>();
        all.add(new MnistSource());
        return new DataSources(all);
    }

    public List<DataSource> sources() {
        return sources;
    }

    public Examples load(String text) throws IOException {
        int colon = text.indexOf(':');
        String kind = (colon < 0 ? text : text.substring(0, colon)).strip();
        String argument = colon < 0 ? "" : text.substring(colon + 1);
        for (DataSource s : sources) {
            if (s.kind().equalsIgnoreCase(kind)) {
                return s.load(argument);
            }
        }
        throw new BadInputException(DataProblem.UNKNOWN_KIND, kind,
                sources.stream().map(DataSource::usage).collect(Collectors.joining(", ")));
    }
}
