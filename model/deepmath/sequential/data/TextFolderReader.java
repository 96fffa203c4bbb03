package deepmath.sequential.data;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code text:DIR}: labelled texts in class sub-folders ({@link ClassFolders}) — the IMDB archive's layout,
 * {@code aclImdb/train/pos/*.txt}, {@code aclImdb/train/neg/*.txt} and {@code aclImdb/test/…} (DIR may be
 * {@code aclImdb} or the folder holding it; its {@code unsup/} reviews have no label and are left out). The
 * {@code words=1000} most frequent words of the training texts (the book's 1000, line 12234) make the vocabulary
 * ({@link BagOfWords}); each text is its 0/1 vector, shape [words]. Classes in alphabetical order: neg 0, pos 1,
 * the book's 0 for a negative review and 1 for a positive one. {@code per-class=N} keeps N texts of each class.
 */
public final class TextFolderReader implements DataReader {
    public static final int DEFAULT_WORDS = 1000;
    static final String EXAMPLE = "text:aclImdb";

    @Override
    public Set<String> options() {
        return Set.of(DataOptions.WORDS, DataOptions.PER_CLASS);
    }

    @Override
    public TrainTest read(String argument, DataOptions options) {
        DataSource.requireArgument(argument, "text", EXAMPLE);
        Path dir = SourceFiles.folder(argument);
        if (Files.isDirectory(dir.resolve("aclImdb"))) {
            dir = dir.resolve("aclImdb");
        }
        int words = options.integer(DataOptions.WORDS, DEFAULT_WORDS, 1, 100_000);
        ClassFolders folders = ClassFolders.of(dir, List.of("txt"), Set.of("unsup"),
                options.integer(DataOptions.PER_CLASS, Integer.MAX_VALUE, 1, Integer.MAX_VALUE));
        List<String> trainTexts = texts(folders.train());
        BagOfWords bag = BagOfWords.mostFrequent(trainTexts, words);
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (bag.words().isEmpty()) {
            throw new BadInputException(ExamplesProblem.NO_TEXTS, name);
        }
        Examples train = bag.examples(name, trainTexts, labels(folders.train()), folders.classes());
        Examples test = folders.test() == null ? null
                : bag.examples(name + " (test)", texts(folders.test()), labels(folders.test()), folders.classes());
        return new TrainTest(train, test);
    }

    private static List<String> texts(List<ClassFolders.Labelled> files) {
        return files.stream().map(f -> SourceFiles.lenientText(f.file())).toList();
    }

    private static int[] labels(List<ClassFolders.Labelled> files) {
        return files.stream().mapToInt(ClassFolders.Labelled::label).toArray();
    }
}
