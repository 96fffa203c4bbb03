package deepmath.app.ui;

import javafx.scene.Node;

/**
 * One text the user can see (or gets on hover, or in a drop-down list): what it is, where it is, what it says,
 * and whether it is shown whole.
 *
 * @param kind      what shows it (a label, a tab, a column header, a tooltip, a prompt, a list item, a canvas)
 * @param owner     the object the text belongs to (the node, or the Tab, TableColumn, MenuItem, Tooltip,
 *                  list item); the translation check pairs English and French texts by this identity
 * @param index     position among the owner's texts of this kind (list items, canvas texts), 0 otherwise
 * @param node      the node that shows it, or the nearest node that owns it (for a menu item: its menu bar)
 * @param text      the full text
 * @param displayed what is actually drawn (a Labeled's skin text: ends with "…" when cut); equals text
 *                  where the walker cannot see the rendering
 * @param clipped   true when the text is not shown whole: ellipsis, cut by its canvas's edges, squeezed
 * @param where     a readable path to the node (ids, style classes, parent chain) for failure messages
 */
public record VisibleText(Kind kind, Object owner, int index, Node node, String text, String displayed,
                          boolean clipped, String where) {

    public enum Kind {
        LABELED, TEXT, TAB, COLUMN_HEADER, TOOLTIP, PROMPT, LIST_ITEM, MENU_ITEM, CANVAS, TITLE
    }

    /** The identity used to pair this text with the same one in the other language. */
    public Object pairingKey() {
        return new Key(new Identity(owner), kind, index);
    }

    @Override
    public String toString() {
        String shown = clipped && !displayed.equals(text) ? " (shown as \"" + displayed + "\")" : "";
        return kind + " \"" + text + "\"" + shown + " at " + where;
    }

    private record Key(Identity owner, Kind kind, int index) {
    }

    /** Equality by identity (two distinct labels with the same text are two texts). */
    private static final class Identity {
        private final Object value;

        Identity(Object value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
