package deepmath.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The photos shipped in {@code resources/images/} (scikit-image's CC0 sample data, see resources/DATA.md):
 * a grey camera-man, a cat, a coffee cup and a brick wall, each good at showing a different kernel; and the
 * book's picture with a hidden smiley ({@link HiddenMotif}), made here rather than read from a file.
 */
public final class SampleImages {
    /** The book's noisy picture with a smiley laid on it (chapter 13, line 15477), not a file. */
    public static final String HIDDEN_SMILEY = "hidden-smiley";
    /** Keys, in menu order; the file is {@code images/<key>.png}. */
    public static final List<String> KEYS = List.of("chelsea", "camera", "coffee", "brick", HIDDEN_SMILEY);

    private SampleImages() {
    }

    public static RasterImage open(String key) {
        if (!KEYS.contains(key)) {
            throw new deepmath.core.BadInputException(ImageProblem.NO_SAMPLE, key, KEYS);
        }
        if (HIDDEN_SMILEY.equals(key)) {
            return HiddenMotif.picture();
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
