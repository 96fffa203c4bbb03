package deepmath.sequential.data;

import deepmath.conv.Plane;
import deepmath.image.ImageFiles;
import deepmath.image.RasterImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code folder:DIR}: images in class sub-folders ({@link ClassFolders}), the book's cats and dogs (line 15850:
 * {@code donnees/train/cats}, {@code …/dogs}, {@code donnees/test/…}). Each picture opens through the lab's guarded
 * decoder ({@link ImageFiles#read}), is resized to {@code size=64} × 64 (the book's 64 × 64, line 15909) — each
 * output pixel the mean of the source pixels it covers — and scaled to [0, 1] ({@code rescale=1./255}); shape
 * [size, size, channels], channels last, {@code channels=3} (R, G, B; a grey picture repeats its grey) or 1 (grey,
 * the luma of {@link RasterImage#toGrey}). {@code per-class=N} keeps the first N pictures of each class.
 */
public final class ImageFolderReader implements DataReader {
    public static final int DEFAULT_SIZE = 64;
    static final String EXAMPLE = "folder:donnees (donnees/train/cats, donnees/train/dogs)";

    @Override
    public Set<String> options() {
        return Set.of(DataOptions.SIZE, DataOptions.CHANNELS, DataOptions.PER_CLASS);
    }

    @Override
    public TrainTest read(String argument, DataOptions options) {
        DataSource.requireArgument(argument, "folder", EXAMPLE);
        Path dir = SourceFiles.folder(argument);
        int size = options.integer(DataOptions.SIZE, DEFAULT_SIZE, 1, 512);
        int channels = options.integer(DataOptions.CHANNELS, 3, 1, 3);
        if (channels == 2) {
            throw new deepmath.core.BadInputException(ExamplesProblem.OPTION_VALUE, "folder", DataOptions.CHANNELS, 1,
                    3, "2");
        }
        ClassFolders folders = ClassFolders.of(dir, ImageFiles.EXTENSIONS, Set.of(),
                options.integer(DataOptions.PER_CLASS, Integer.MAX_VALUE, 1, Integer.MAX_VALUE));
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        Examples train = examples(name, folders.train(), folders.classes(), size, channels);
        Examples test = folders.test() == null ? null
                : examples(name + " (test)", folders.test(), folders.classes(), size, channels);
        return new TrainTest(train, test);
    }

    private static Examples examples(String name, List<ClassFolders.Labelled> files, List<String> classes, int size,
            int channels) {
        float[][] inputs = new float[files.size()][];
        float[][] targets = new float[files.size()][];
        for (int i = 0; i < files.size(); i++) {
            inputs[i] = pixels(ImageFiles.read(files.get(i).file()), size, channels);
            targets[i] = ClassFolders.oneHot(files.get(i).label(), classes.size());
        }
        return new Examples(name, List.of(size, size, channels), inputs, targets, classes);
    }

    /** The picture as size × size × channels values in [0, 1], channels last. */
    static float[] pixels(RasterImage image, int size, int channels) {
        RasterImage source = channels == 1 ? image.toGrey() : image;
        float[] out = new float[size * size * channels];
        for (int c = 0; c < channels; c++) {
            Plane plane = source.channel(Math.min(c, source.channels().size() - 1));
            float[] resized = resize(plane, size, size);
            for (int k = 0; k < resized.length; k++) {
                out[k * channels + c] = resized[k] / 255f;
            }
        }
        return out;
    }

    /**
     * {@code plane} at rows × cols: each output pixel the mean of the source pixels whose centres fall in its cell
     * (at least the nearest one, when enlarging).
     */
    static float[] resize(Plane plane, int rows, int cols) {
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            int r0 = (int) ((long) r * plane.rows() / rows);
            int r1 = Math.max(r0 + 1, (int) (((long) r + 1) * plane.rows() / rows));
            for (int c = 0; c < cols; c++) {
                int c0 = (int) ((long) c * plane.cols() / cols);
                int c1 = Math.max(c0 + 1, (int) (((long) c + 1) * plane.cols() / cols));
                double sum = 0;
                for (int y = r0; y < r1; y++) {
                    for (int x = c0; x < c1; x++) {
                        sum += plane.values()[y * plane.cols() + x];
                    }
                }
                out[r * cols + c] = (float) (sum / ((r1 - r0) * (c1 - c0)));
            }
        }
        return out;
    }
}
