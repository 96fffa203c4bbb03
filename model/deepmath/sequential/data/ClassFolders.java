package deepmath.sequential.data;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A folder of labelled files as keras's {@code flow_from_directory} and the IMDB archive lay them out: one
 * sub-folder per class, the classes in alphabetical order (so the book's {@code cats}, {@code dogs} are 0 and 1,
 * IMDB's {@code neg}, {@code pos} too), or {@code train/} and {@code test/} each holding those sub-folders (the
 * test part uses the training part's classes). The files of each part are listed class by class in turn — the
 * first file of each class, then the second… — so any slice of them, such as a validation split taken at the end,
 * holds every class.
 *
 * @param classes the class names, in label order
 * @param train   the training files, each with its label, interleaved
 * @param test    the held-out files, or null when the folder has no {@code test/}
 */
record ClassFolders(List<String> classes, List<Labelled> train, List<Labelled> test) {
    /** A file and its class. */
    record Labelled(Path file, int label) {
    }

    /**
     * Reads the layout under {@code dir}; {@code skip} names sub-folders that are no class (IMDB's {@code unsup});
     * {@code perClass} caps each class of each part.
     */
    static ClassFolders of(Path dir, List<String> extensions, Set<String> skip, int perClass) {
        Path trainDir = Files.isDirectory(dir.resolve("train")) ? dir.resolve("train") : dir;
        Path testDir = trainDir == dir || !Files.isDirectory(dir.resolve("test")) ? null : dir.resolve("test");
        List<Path> folders = new ArrayList<>();
        for (Path sub : SourceFiles.subfolders(trainDir)) {
            if (!skip.contains(sub.getFileName().toString()) && !SourceFiles.files(sub, extensions).isEmpty()) {
                folders.add(sub);
            }
        }
        String shown = "." + String.join("/.", extensions);
        if (folders.isEmpty()) {
            throw new BadInputException(ExamplesProblem.NO_CLASSES, trainDir, shown);
        }
        if (folders.size() == 1) {
            throw new BadInputException(ExamplesProblem.ONE_CLASS, trainDir, folders.get(0).getFileName());
        }
        List<String> classes = folders.stream().map(p -> p.getFileName().toString()).toList();
        return new ClassFolders(classes, part(trainDir, classes, extensions, perClass),
                testDir == null ? null : part(testDir, classes, extensions, perClass));
    }

    private static List<Labelled> part(Path dir, List<String> classes, List<String> extensions, int perClass) {
        List<List<Path>> byClass = new ArrayList<>();
        for (String name : classes) {
            Path sub = dir.resolve(name);
            List<Path> files = Files.isDirectory(sub) ? SourceFiles.files(sub, extensions) : List.of();
            byClass.add(files.subList(0, Math.min(perClass, files.size())));
        }
        List<Labelled> all = new ArrayList<>();
        int longest = byClass.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (int c = 0; c < byClass.size(); c++) {
                if (i < byClass.get(c).size()) {
                    all.add(new Labelled(byClass.get(c).get(i), c));
                }
            }
        }
        return all;
    }

    /** The one-hot target of {@code label} among {@code count} classes. */
    static float[] oneHot(int label, int count) {
        float[] t = new float[count];
        t[label] = 1;
        return t;
    }
}
