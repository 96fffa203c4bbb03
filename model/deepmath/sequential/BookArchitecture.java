package deepmath.sequential;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One of the book's keras networks as a preset of the model builder: where the book builds it, its description
 * (a JSON file under {@code resources/models/specs/}, the lab's form of the keras listing, which a reader may also
 * pass to {@code model … --spec}), the kind of data it trains on and how the book trains it. Named in both languages
 * by the {@code sequential} bundle ({@code preset.<key>}).
 *
 * @param key      the preset's key and the spec file's name ({@code specs/<key>.json})
 * @param book     chapter and line of the keras listing's {@code Input(shape=…)}
 * @param dataKind the {@link deepmath.sequential.data.DataSource} kind its data comes in: mnist, function, text,
 *                 cifar10, folder, faces, spam
 * @param data     a data description the lab can read with what it ships, when there is one (the shipped MNIST
 *                 digits, the book's functions, the shipped faces and e-mails); empty when the reader must bring the
 *                 data (CIFAR-10, the cats and dogs)
 * @param training the book's loss, optimiser, epochs and batch
 */
public record BookArchitecture(String key, BookReference book, String dataKind, Optional<String> data,
        BookTraining training) implements BookPreset {
    /** Where the spec files are, on the class path. */
    public static final String SPECS = "/models/specs/";

    @Override
    public String bundle() {
        return "sequential";
    }

    /** The spec file's path on the class path. */
    public String resource() {
        return SPECS + key + ".json";
    }

    /** The network, read from its shipped description. */
    public ModelSpec spec() {
        return ModelSpecJson.parse(text(), key + ".json");
    }

    /** The shipped description's JSON text. */
    public String text() {
        try (InputStream in = BookArchitecture.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException("the lab's resource " + resource() + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
