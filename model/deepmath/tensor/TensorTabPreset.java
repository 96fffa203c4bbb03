package deepmath.tensor;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;

/**
 * A preset of the tensors tab (an operation's or a gradient's): its key and place in the book, held in one
 * {@link Entry}, and its name in the "tensor" bundle.
 */
public interface TensorTabPreset extends BookPreset {
    /** The key and the book's line, as the preset was declared. */
    Entry entry();

    @Override
    default String key() {
        return entry().key();
    }

    @Override
    default BookReference book() {
        return entry().book();
    }

    @Override
    default String bundle() {
        return "tensor";
    }

    /** A preset's key and where its example is in the book. */
    record Entry(String key, BookReference book) {
        static Entry of(String key, int chapter, int line) {
            return new Entry(key, BookReference.of(chapter, line));
        }
    }
}
