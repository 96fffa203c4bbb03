package deepmath.sequential.data;

import deepmath.core.BadInputException;
import deepmath.core.FileProblem;
import deepmath.core.ReadProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The data readers' file access, each failure said as the lab's other readers say it (one line, from the bundles). */
final class SourceFiles {
    private SourceFiles() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(FileProblem.NO_SUCH_FILE, file);
        } catch (IOException e) {
            throw new BadInputException(e, FileProblem.CANNOT_READ, file, ReadProblem.of(e));
        }
    }

    /** The file as UTF-8 text; a byte that is not UTF-8 is refused with the system's words. */
    static String text(Path file) {
        byte[] bytes = bytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(e, FileProblem.CANNOT_READ, file, ReadProblem.OTHER.phrase("not UTF-8 text"));
        }
    }

    /** The file as text, a byte that is not UTF-8 read as U+FFFD (a review with a stray byte still counts). */
    static String lenientText(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    static Path folder(String argument) {
        Path dir = Path.of(argument);
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(ExamplesProblem.NO_FOLDER, dir);
        }
        return dir;
    }

    /** The sub-folders of {@code dir}, by name (hidden ones aside). */
    static List<Path> subfolders(Path dir) {
        return list(dir, Files::isDirectory);
    }

    /** The regular files of {@code dir} whose extension is one of {@code extensions}, by name. */
    static List<Path> files(Path dir, List<String> extensions) {
        return list(dir, p -> Files.isRegularFile(p) && extensions.contains(extension(p)));
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).filter(keep)
                    .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new BadInputException(e, FileProblem.CANNOT_READ, dir, ReadProblem.of(e));
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
