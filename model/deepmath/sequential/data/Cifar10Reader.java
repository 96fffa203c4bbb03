package deepmath.sequential.data;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import deepmath.datasets.DataCache;
import deepmath.datasets.PulledSets;

/**
 * {@code cifar10:DIR}: the CIFAR-10 binary version ({@code cifar-10-batches-bin}, the folder itself or its parent):
 * {@code data_batch_1.bin} … {@code data_batch_5.bin} to train on, {@code test_batch.bin} held out, and
 * {@code batches.meta.txt}, the ten class names one per line (keras's names when it is absent, line 12337 of the
 * book). Each record is 3073 bytes: the label (0–9), then the 1024 red values of the 32 × 32 picture row by row,
 * the 1024 green ones, the 1024 blue ones. The examples are [32, 32, 3], channels last as keras stores them, each
 * value byte / 255. {@code limit=N} keeps the first N records of the training batches and of the test batch.
 * {@code cifar10} without a folder reads the set {@code deepmath-lab data pull cifar10} downloaded
 * ({@link CifarSprites}): the same 50 000 + 10 000 pictures in the same order.
 */
public final class Cifar10Reader implements DataReader {
    private final Supplier<DataCache> cache;

    /** Reads {@code cifar10} alone (no folder) from the data cache of {@code cache}. */
    public Cifar10Reader(Supplier<DataCache> cache) {
        this.cache = cache;
    }

    public Cifar10Reader() {
        this(DataCache::fromEnvironment);
    }

    public static final int SIDE = 32;
    public static final int RECORD = 1 + 3 * SIDE * SIDE;
    static final List<String> KERAS_CLASSES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");
    static final String EXAMPLE = "cifar10:cifar-10-batches-bin";

    @Override
    public Set<String> options() {
        return Set.of(DataOptions.LIMIT);
    }

    @Override
    public TrainTest read(String argument, DataOptions options) {
        int limit = options.integer(DataOptions.LIMIT, Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        if (argument.isEmpty()) {
            return pulled(cache.get().require(PulledSets.CIFAR10), limit);
        }
        Path dir = SourceFiles.folder(argument);
        if (Files.isDirectory(dir.resolve("cifar-10-batches-bin"))) {
            dir = dir.resolve("cifar-10-batches-bin");
        }
        List<Path> batches = new ArrayList<>();
        for (int b = 1; Files.isRegularFile(dir.resolve("data_batch_" + b + ".bin")); b++) {
            batches.add(dir.resolve("data_batch_" + b + ".bin"));
        }
        Path testFile = dir.resolve("test_batch.bin");
        if (batches.isEmpty()) {
            throw new BadInputException(ExamplesProblem.CIFAR_NO_BATCHES, dir);
        }
        List<String> classes = classes(dir.resolve("batches.meta.txt"));
        Examples train = read(batches, classes, limit, "CIFAR-10");
        Examples test = Files.isRegularFile(testFile) ? read(List.of(testFile), classes, limit, "CIFAR-10 (test)") : null;
        return new TrainTest(train, test);
    }

    /** The pulled sprites, as examples of the same form as the binary batches'. */
    static TrainTest pulled(Path dir, int limit) {
        return new TrainTest(sprites("CIFAR-10", CifarSprites.pictures(dir, CifarSprites.TRAIN,
                CifarSprites.TRAIN_LABELS, label -> true, limit)),
                sprites("CIFAR-10 (test)", CifarSprites.pictures(dir, List.of(CifarSprites.TEST),
                        CifarSprites.TEST_LABELS, label -> true, limit)));
    }

    private static Examples sprites(String name, List<CifarSprites.Picture> pictures) {
        float[][] inputs = new float[pictures.size()][];
        float[][] targets = new float[pictures.size()][];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = CifarSprites.values(pictures.get(i).rgb());
            targets[i] = ClassFolders.oneHot(pictures.get(i).label(), KERAS_CLASSES.size());
        }
        return new Examples(name, List.of(SIDE, SIDE, 3), inputs, targets, KERAS_CLASSES);
    }

    private static List<String> classes(Path meta) {
        if (!Files.isRegularFile(meta)) {
            return KERAS_CLASSES;
        }
        List<String> names = SourceFiles.text(meta).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.size() != KERAS_CLASSES.size()) {
            throw new BadInputException(ExamplesProblem.CIFAR_META, meta.getFileName(), names.size());
        }
        return names;
    }

    /** The records of {@code files} in order, at most {@code limit}. */
    static Examples read(List<Path> files, List<String> classes, int limit, String name) {
        List<float[]> inputs = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        for (Path file : files) {
            if (inputs.size() >= limit) {
                break;
            }
            byte[] bytes = SourceFiles.bytes(file);
            if (bytes.length == 0 || bytes.length % RECORD != 0) {
                throw new BadInputException(ExamplesProblem.CIFAR_SIZE, file.getFileName(), bytes.length);
            }
            for (int r = 0; r < bytes.length / RECORD && inputs.size() < limit; r++) {
                int at = r * RECORD;
                int label = bytes[at] & 0xFF;
                if (label >= classes.size()) {
                    throw new BadInputException(ExamplesProblem.CIFAR_LABEL, file.getFileName(), r + 1, label,
                            classes.size());
                }
                inputs.add(pixels(bytes, at + 1));
                targets.add(ClassFolders.oneHot(label, classes.size()));
            }
        }
        return new Examples(name, List.of(SIDE, SIDE, 3), inputs.toArray(float[][]::new),
                targets.toArray(float[][]::new), classes);
    }

    /** The R, G, B planes starting at {@code from}, as [row][column][channel] values in [0, 1]. */
    static float[] pixels(byte[] bytes, int from) {
        int plane = SIDE * SIDE;
        float[] out = new float[3 * plane];
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < plane; k++) {
                out[k * 3 + c] = (bytes[from + c * plane + k] & 0xFF) / 255f;
            }
        }
        return out;
    }
}
