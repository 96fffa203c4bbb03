package deepmath.sequential.data;

import deepmath.core.BadInputException;
import deepmath.datasets.DataCache;
import deepmath.datasets.PulledSets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code cifar10-cats-dogs}: the book's cats and dogs (chapter 14, line 15927) taken from the pulled CIFAR-10's own
 * classes cat (3) and dog (5): 10 000 pictures to train on, 2 000 held out, cat 0 and dog 1 (the alphabetical order
 * of a {@code folder:} of {@code cats/} and {@code dogs/}). These are CIFAR-10's 32 × 32 pictures, not Kaggle's
 * photos: {@code size=64} (the default, the book's network's input) doubles each pixel into a 2 × 2 block,
 * {@code size=32} keeps them as they are. {@code limit=N} keeps the first N of train and of test.
 */
public final class CifarCatsDogsReader implements DataReader {
    static final int CAT = 3;
    static final int DOG = 5;
    static final List<String> CLASSES = List.of("cat", "dog");
    private final Supplier<DataCache> cache;

    public CifarCatsDogsReader(Supplier<DataCache> cache) {
        this.cache = cache;
    }

    @Override
    public Set<String> options() {
        return Set.of(DataOptions.SIZE, DataOptions.LIMIT);
    }

    @Override
    public TrainTest read(String argument, DataOptions options) {
        if (!argument.isEmpty()) {
            throw new BadInputException(ExamplesProblem.PULLED_ARGUMENT, "cifar10-cats-dogs", argument);
        }
        int size = options.integer(DataOptions.SIZE, 64, 32, 64);
        if (size != 32 && size != 64) {
            throw new BadInputException(ExamplesProblem.OPTION_VALUE, "cifar10-cats-dogs", DataOptions.SIZE, 32, 64,
                    size);
        }
        int limit = options.integer(DataOptions.LIMIT, Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        Path dir = cache.get().require(PulledSets.CIFAR10);
        Examples train = examples("CIFAR-10 cats and dogs", CifarSprites.pictures(dir, CifarSprites.TRAIN,
                CifarSprites.TRAIN_LABELS, CifarCatsDogsReader::catOrDog, limit), size);
        Examples test = examples("CIFAR-10 cats and dogs (test)", CifarSprites.pictures(dir,
                List.of(CifarSprites.TEST), CifarSprites.TEST_LABELS, CifarCatsDogsReader::catOrDog, limit), size);
        return new TrainTest(train, test);
    }

    private static boolean catOrDog(int label) {
        return label == CAT || label == DOG;
    }

    private static Examples examples(String name, List<CifarSprites.Picture> pictures, int size) {
        float[][] inputs = new float[pictures.size()][];
        float[][] targets = new float[pictures.size()][];
        for (int i = 0; i < inputs.length; i++) {
            CifarSprites.Picture p = pictures.get(i);
            inputs[i] = size == 64 ? CifarSprites.doubled(p.rgb()) : CifarSprites.values(p.rgb());
            targets[i] = ClassFolders.oneHot(p.label() == CAT ? 0 : 1, 2);
        }
        return new Examples(name, List.of(size, size, 3), inputs, targets, CLASSES);
    }
}
