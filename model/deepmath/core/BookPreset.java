package deepmath.core;

/**
 * A ready-made example from the book: its key and where it is in the book. Its names in both of the lab's
 * languages live in the lab's bundle ({@code i18n/<bundle>.properties}, key {@code preset.<key>}) with the lab's
 * other texts; the model never reads a bundle (the window names presets through its messages, the command
 * line through {@code deepmath.app.cli.PresetNames}).
 */
public interface BookPreset {
    String key();

    BookReference book();

    /** The bundle that names this kind of preset: "function", "descent", "network". */
    String bundle();

    default String chapter() {
        return String.valueOf(book().chapter());
    }
}
