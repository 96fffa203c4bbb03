package deepmath.core;

import java.awt.image.RenderedImage;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/**
 * The one way a user's file is written: into a temporary file in the same folder, flushed and forced to the
 * disk, then renamed over the target in one atomic move. Until that move the old file is untouched; on any failure
 * (a full disk, an exception of the code that produces the bytes, even an {@link Error}) the temporary file is
 * deleted and the old file stays as it was. So a reader never sees half a file under the final name.
 *
 * <p>Every failure of the file system becomes a {@link FileWriteException}, one line naming the file and the
 * reason in words. This class is the only place that opens a final target for writing.
 */
public final class AtomicFiles {
    /** What produces the bytes; it may throw, and the target is then left as it was. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes what {@code body} produces to {@code target}, atomically; the folder must exist. */
    public static void write(Path target, Body body) throws IOException {
        String shown = String.valueOf(target);
        checkWritable(target);
        Path file = finalTarget(target);
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = temporaryBeside(file, shown);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(new KeepOpen(Channels.newOutputStream(channel)), 1 << 16);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(file, temporary);
            moveOver(temporary, file);
            moved = true;
            forceFolder(folder);
        } catch (FileWriteException e) {
            throw e;
        } catch (IOException e) {
            throw failure(shown, e);
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** UTF-8 text. */
    public static void writeString(Path target, CharSequence text) throws IOException {
        writeBytes(target, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An image in {@code format} ("png"); a format without an ImageIO writer is an error, not a silent no-op. */
    public static void writeImage(RenderedImage image, String format, Path target) throws IOException {
        write(target, out -> {
            if (!ImageIO.write(image, format, out)) {
                throw new FileWriteException(String.valueOf(target), null, WriteProblem.NO_WRITER,
                        format.toUpperCase(Locale.ROOT));
            }
        });
    }

    /**
     * Appends {@code text} (UTF-8) to a journal such as a training log, whose reader tolerates a torn last line:
     * rewriting a growing log at every line would cost the square of its length. Never use it for a file that must
     * be whole.
     */
    public static void appendString(Path target, CharSequence text) throws IOException {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw failure(String.valueOf(target), e);
        }
    }

    /** Creates {@code folder} and its parents if missing; a failure is a {@link FileWriteException} naming it. */
    public static void createFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new FileWriteException(String.valueOf(folder), e, WriteProblem.IN_THE_WAY);
        } catch (IOException e) {
            throw failure(String.valueOf(folder), e);
        }
    }

    /** The one-line error for a failed write of {@code shown}. */
    public static FileWriteException failure(String shown, IOException cause) {
        if (cause instanceof FileWriteException already) {
            return already;
        }
        Reason reason = reasonOf(cause);
        return new FileWriteException(shown, cause, reason.problem(), reason.arguments());
    }

    /**
     * The reason of a file system failure in words, lower case, without the path the JDK puts in its message. The
     * deepest I/O exception of the chain tells it (ImageIO wraps a full disk in "I/O error writing PNG file!").
     */
    static String reason(IOException error) {
        Reason reason = reasonOf(error);
        return reason.problem().english(java.util.List.of(reason.arguments()));
    }

    /** A reason as data: what the lab names, or the system's own words. */
    private record Reason(WriteProblem problem, Object... arguments) {
    }

    private static Reason reasonOf(IOException error) {
        Throwable e = SystemReason.deepestIo(error);
        if (e instanceof NoSuchFileException) {
            return new Reason(WriteProblem.NO_FOLDER);
        }
        if (e instanceof AccessDeniedException) {
            return new Reason(WriteProblem.PERMISSION);
        }
        if (e instanceof NotDirectoryException) {
            return new Reason(WriteProblem.PATH_NOT_FOLDER);
        }
        String text = SystemReason.text(e);
        if (text == null) {
            return new Reason(WriteProblem.OTHER, e.getClass().getSimpleName());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return new Reason(WriteProblem.NO_SPACE);
        }
        if (lower.contains("quota")) {
            return new Reason(WriteProblem.QUOTA);
        }
        if (lower.contains("read-only file system")) {
            return new Reason(WriteProblem.READ_ONLY);
        }
        if (lower.contains("is a directory")) {
            return new Reason(WriteProblem.IS_FOLDER);
        }
        if (lower.contains("permission denied")) {
            return new Reason(WriteProblem.PERMISSION);
        }
        boolean word = text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1));
        return new Reason(WriteProblem.OTHER, word ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text);
    }

    /**
     * Refuses, before any long work, a target that cannot be written: its folder is missing (or is a file), or the
     * target is a folder. Commands that compute for a while call it first so the user learns it at once.
     */
    public static void checkWritable(Path target) throws FileWriteException {
        String shown = String.valueOf(target);
        if (Files.isDirectory(target)) {
            throw new FileWriteException(shown, null, WriteProblem.IS_FOLDER);
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw Files.exists(folder)
                    ? new FileWriteException(shown, null, WriteProblem.NOT_A_FOLDER, folder.getFileName())
                    : new FileWriteException(shown, null, WriteProblem.NO_FOLDER);
        }
    }

    /** The file to replace: a symbolic link is followed, so the link stays and the file it names is replaced. */
    private static Path finalTarget(Path target) throws IOException {
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            return target.toRealPath();
        }
        return target;
    }

    private static Path temporaryBeside(Path file, String shown) throws IOException {
        String name = String.valueOf(file.getFileName());
        String stem = "." + (name.length() > 80 ? name.substring(0, 80) : name) + ".";
        for (int attempt = 0; ; attempt++) {
            Path candidate = file.resolveSibling(stem + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw failure(shown, e);
                }
            } catch (IOException e) {
                throw failure(shown, e);
            }
        }
    }

    /** The new file keeps the old one's permissions (a temporary file would otherwise impose its own). */
    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (source != null && Files.exists(from)) {
                Files.getFileAttributeView(to, PosixFileAttributeView.class).setPermissions(
                        source.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the content matters, the mode bits are a courtesy
        }
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable (Linux); where a folder cannot be opened, there is nothing more to do. */
    private static void forceFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported on this platform: the data itself is already on the disk
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing better to do: the target itself is untouched
        }
    }

    /** The body may close its writer; the channel must stay open until it is forced. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
