package deepmath.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.testing.SmallDisk;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    private static final String OLD = "the old content, which must survive\n";

    @TempDir
    Path folder;

    private Path existing() throws IOException {
        Path file = folder.resolve("out.txt");
        Files.writeString(file, OLD);
        return file;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = existing();
        AtomicFiles.writeString(file, "new content é");
        assertEquals("new content é", Files.readString(file));
        assertEquals(List.of("out.txt"), names());
    }

    @Test
    void createsAFileThatDidNotExist() throws IOException {
        Path file = folder.resolve("fresh.bin");
        AtomicFiles.writeBytes(file, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
        assertEquals(List.of("fresh.bin"), names());
    }

    @Test
    void aBodyThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path file = existing();
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);      // beyond the buffer: bytes reached the temporary file
            throw new FileSystemException(file.toString(), null, "No space left on device");
        }));
        assertEquals("cannot write " + file + ": no space left on device", e.getMessage());
        assertEquals(OLD, Files.readString(file));
        assertEquals(List.of("out.txt"), names());
    }

    @Test
    void aFullDiskLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        existing();
        SmallDisk disk = SmallDisk.withRoom(10);
        Path file = disk.path(folder.resolve("out.txt"));
        FileWriteException e = assertThrows(FileWriteException.class,
                () -> AtomicFiles.writeString(file, "a text longer than ten bytes"));
        assertEquals("no space left on device", e.reason());
        assertEquals(OLD, Files.readString(folder.resolve("out.txt")));
        assertEquals(List.of("out.txt"), names());
    }

    @Test
    void theSmallDiskReallyTruncatesAFileWrittenInPlace() throws IOException {
        // the failure mode the helper prevents: writing over the target loses the old content
        existing();
        SmallDisk disk = SmallDisk.withRoom(10);
        Path file = disk.path(folder.resolve("out.txt"));
        assertThrows(IOException.class, () -> Files.writeString(file, "a text longer than ten bytes"));
        assertEquals("a text lon", Files.readString(folder.resolve("out.txt")));
    }

    @Test
    void runtimeExceptionsAndErrorsOfTheBodyPassThroughAfterCleaningUp() throws IOException {
        Path file = existing();
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw bug;
        })));
        assertThrows(OutOfMemoryError.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new OutOfMemoryError("simulated");
        }));
        BadInputException bad = new BadInputException("not this");
        assertSame(bad, assertThrows(BadInputException.class, () -> AtomicFiles.write(file, out -> {
            throw bad;
        })));
        assertEquals(OLD, Files.readString(file));
        assertEquals(List.of("out.txt"), names());
    }

    @Test
    void aBodyThatClosesItsWriterStillHasItsBytesForced() throws IOException {
        Path file = existing();
        AtomicFiles.write(file, out -> {
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                writer.write("closed by the body");
            }
        });
        assertEquals("closed by the body", Files.readString(file));
    }

    @Test
    void aMissingFolderIsNamedInWords() {
        Path file = folder.resolve("no-such-folder").resolve("out.png");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.writeString(file, "x"));
        assertEquals("cannot write " + file + ": folder does not exist", e.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void aFolderInTheWayIsNotReplaced() throws IOException {
        Path target = Files.createDirectory(folder.resolve("out.png"));
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.writeString(target, "x"));
        assertEquals("it is a folder", e.reason());
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of("out.png"), names());
    }

    @Test
    void anUnknownImageFormatIsAnErrorAndTheOldFileStays() throws IOException {
        Path file = existing();
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.writeImage(
                new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "no-such-format", file));
        assertEquals("cannot write " + file + ": no NO-SUCH-FORMAT writer available", e.getMessage());
        assertEquals(OLD, Files.readString(file));
        assertEquals(List.of("out.txt"), names());
    }

    @Test
    void writesAPngThatReadsBack() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 1, 0x123456);
        Path file = folder.resolve("x.png");
        AtomicFiles.writeImage(image, "png", file);
        assertEquals(0x123456, javax.imageio.ImageIO.read(file.toFile()).getRGB(2, 1) & 0xffffff);
    }

    @Test
    void theNewFileKeepsTheOldPermissions() throws IOException {
        Path file = existing();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeString(file, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aSymbolicLinkStaysAndTheFileItNamesIsReplaced() throws IOException {
        Path file = existing();
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), file);
        AtomicFiles.writeString(link, "through the link");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("through the link", Files.readString(file));
    }

    @Test
    void reasonsAreWordsWithoutTheJdkPath() {
        assertEquals("folder does not exist", AtomicFiles.reason(new NoSuchFileException("/x/y")));
        assertEquals("permission denied", AtomicFiles.reason(new AccessDeniedException("/x/y")));
        assertEquals("no space left on device",
                AtomicFiles.reason(new FileSystemException("/x/y", null, "No space left on device")));
        assertEquals("no space left on device", AtomicFiles.reason(new IOException("No space left on device")));
        assertEquals("read-only file system",
                AtomicFiles.reason(new FileSystemException("/x/y", null, "Read-only file system")));
        assertEquals("input/output error", AtomicFiles.reason(new IOException("Input/output error")));
        assertEquals("IOException", AtomicFiles.reason(new IOException()));
        assertEquals("I/O error", AtomicFiles.reason(new IOException("I/O error")));
        assertEquals("no space left on device", AtomicFiles.reason(new javax.imageio.IIOException(
                "I/O error writing PNG file!", new IOException("No space left on device"))));
    }

    @Test
    void theOneLineIsTheMessageEvenWithACause() {
        FileWriteException e = AtomicFiles.failure("out.png",
                new FileSystemException("/abs/out.png", null, "No space left on device"));
        assertEquals("cannot write out.png: no space left on device", Errors.oneLine(new RuntimeException(e)));
    }

    @Test
    void aFolderIsCreatedOrTheReasonGiven() throws IOException {
        Path nested = folder.resolve("a").resolve("b");
        AtomicFiles.createFolder(nested);
        assertTrue(Files.isDirectory(nested));
        Files.writeString(folder.resolve("file"), "x");
        FileWriteException e = assertThrows(FileWriteException.class,
                () -> AtomicFiles.createFolder(folder.resolve("file").resolve("sub")));
        assertTrue(e.getMessage().startsWith("cannot write " + folder.resolve("file").resolve("sub") + ": "),
                e.getMessage());
    }
}
