package deepmath.core;

import java.nio.file.FileSystemException;

/**
 * What the system said of a failed read or write, for {@link WriteProblem}'s and {@link ReadProblem}'s reasons: the
 * deepest I/O exception of a chain (wrappers such as ImageIO's "I/O error writing PNG file!" hide the real one)
 * and its words in one line.
 */
final class SystemReason {
    private SystemReason() {
    }

    /** The deepest {@link java.io.IOException} among {@code error}'s causes, or {@code error} itself. */
    static Throwable deepestIo(Throwable error) {
        Throwable e = error;
        for (Throwable t = error.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                e = t;
            }
        }
        return e;
    }

    /**
     * The system's words: a file-system exception's reason (without the file, which the lab names itself), else the
     * message, in one line; null when it has no words.
     */
    static String text(Throwable e) {
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
