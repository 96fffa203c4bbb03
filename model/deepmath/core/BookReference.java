package deepmath.core;

/**
 * Where a preset's example is in the book: its chapter and the line of the book's text
 * ({@code mathematiques-des-reseaux-de-neurones.txt}) where the example starts, so that a reader (and a test)
 * can find the numbers it reproduces.
 */
public record BookReference(int chapter, int line) {

    public BookReference {
        if (chapter < 1 || line < 1) {
            throw new IllegalArgumentException("a book reference needs a chapter and a line ≥ 1, got " + chapter
                    + ", " + line);
        }
    }

    public static BookReference of(int chapter, int line) {
        return new BookReference(chapter, line);
    }
}
