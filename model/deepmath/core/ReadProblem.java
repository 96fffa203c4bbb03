package deepmath.core;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a user's file could not be read, as the tail of "cannot read FILE: …": the reasons the lab names, so the
 * window says them in its language, and {@link #OTHER} with the system's own words for the rest. The counterpart
 * of {@link WriteProblem} for reading.
 */
public enum ReadProblem implements InputProblem {
    NO_FILE("error.read.noFile", "no such file"),
    PERMISSION("error.read.permission", "permission denied"),
    IS_FOLDER("error.read.isFolder", "it is a folder"),
    NOT_AN_ARCHIVE("error.read.notAnArchive", "not a zip archive, or a damaged one"),
    BAD_JSON("error.read.badJson", "malformed JSON at line {0}, column {1}"),
    OTHER("error.read.other", "{0}");

    private final Text text;

    ReadProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }

    /** The reason of {@code error} (the deepest I/O exception of its chain says it best). */
    public static Phrase of(Exception error) {
        Throwable e = SystemReason.deepestIo(error);
        if (e instanceof NoSuchFileException) {
            return NO_FILE.phrase();
        }
        if (e instanceof AccessDeniedException) {
            return PERMISSION.phrase();
        }
        if (e instanceof java.util.zip.ZipException) {
            return NOT_AN_ARCHIVE.phrase();
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null) {
            return BAD_JSON.phrase(json.getLocation().getLineNr(), json.getLocation().getColumnNr());
        }
        String text = SystemReason.text(e);
        if (text == null) {
            return OTHER.phrase(e.getClass().getSimpleName());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("is a directory")) {
            return IS_FOLDER.phrase();
        }
        if (lower.contains("permission denied")) {
            return PERMISSION.phrase();
        }
        return OTHER.phrase(text);
    }
}
