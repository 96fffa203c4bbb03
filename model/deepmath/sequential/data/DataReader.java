package deepmath.sequential.data;

import java.util.Set;

/**
 * One kind of data source of {@link DataSource}: reads the text after {@code KIND:} (a file, a folder, a formula
 * and its range; empty for the shipped sets) with the options written after {@code ?}.
 */
public interface DataReader {
    TrainTest read(String argument, DataOptions options);

    /** The options this kind takes (the others are refused naming them). */
    default Set<String> options() {
        return Set.of();
    }
}
