package deepmath.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The photos shipped in {@code resources/images/} (scikit-image's CC0 sample data, see resources/DATA.md):
 * a grey camera-man, a cat, a coffee cup and a brick wall, each good at showing a different kernel.
 */
public final class SampleImages {
    /** Keys, in menu order; the file is {@code images/<key>.png}. */
    public static final List<String> KEYS = List.of("chelsea", "camera", "coffee", "brick");

    private SampleImages() {
    }

    public static RasterImage open(String key) {
        if (!KEYS.contains(key)) {
            throw new deepmath.core.BadInputException(ImageProblem.NO_SAMPLE, key, KEYS);
        }
        String resource = "/images/" + key + ".png";
        try (InputStream in = SampleImages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample image " + resource + " missing from the build");
            }
            return ImageFiles.read(in, key + ".png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
