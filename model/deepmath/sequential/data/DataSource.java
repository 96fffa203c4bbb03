package deepmath.sequential.data;

import java.io.IOException;

/**
 * One kind of data set the model builder trains on, as the command line's {@code --data KIND:ARGUMENT} names it
 * ({@code mnist}, {@code function:EXPR:RANGE}, {@code csv:FILE}, {@code cifar10:DIR}, {@code folder:DIR},
 * {@code text:DIR}, …). {@link DataSources} holds the known kinds and parses the text; a reader is added by
 * listing it there.
 */
public interface DataSource {
    /** The kind, the text before the first ':' ("mnist", "csv", …). */
    String kind();

    /** A one-line usage for help and refusals, e.g. "csv:FILE". */
    String usage();

    /** Reads the data set; {@code argument} is the text after "kind:" (empty when there is none). */
    Examples load(String argument) throws IOException;
}
