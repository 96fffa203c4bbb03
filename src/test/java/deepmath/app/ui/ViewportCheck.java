package deepmath.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SubScene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * "No text is cut by an edge the user cannot scroll past": the texts an ellipsis check cannot see, because
 * JavaFX draws them whole and a clip cuts them. Two checks:
 * <ul>
 * <li><b>cut by a viewport</b>: a visible text (a label's or button's text, a loose {@code Text}, a text field's
 * value) whose bounds leave the visible region of a clipping ancestor — a scroll pane's viewport, a list's or
 * table's cells, a split pane item, a titled pane's or tab's content, any node with a {@code clip} — in a
 * direction the user cannot scroll (the scroll bar of that direction is not shown: policy {@code NEVER}, or
 * {@code AS_NEEDED} and judged not needed);</li>
 * <li><b>squeezed region</b>: a layout pane given less width or height than its content's minimum, so that a
 * text of its content sticks out of it (over its neighbours, or into a clip).</li>
 * </ul>
 * Hidden nodes are not seen; off-screen virtualised cells are hidden by their flow; the tab bar's own clip is
 * {@link ClippingCheck}'s ("tab header hidden"). Call on the FX thread after a layout pass.
 */
public final class ViewportCheck {
    private static final double SLOP = 1;

    private ViewportCheck() {
    }

    /** Both checks on the subtree under {@code root}, {@code skipped} (may be null) left out. */
    public static List<String> problems(Node root, Node skipped) {
        List<String> problems = new ArrayList<>();
        visit(root, skipped, false, problems);
        return problems;
    }

    private static void visit(Node node, Node skipped, boolean inSqueezed, List<String> problems) {
        if (node == skipped || !node.isVisible() || node.getOpacity() == 0 || node instanceof SubScene) {
            return;
        }
        if (node instanceof IndexedCell<?> cell && (cell.isEmpty() || cell.getIndex() < 0)) {
            return;
        }
        Text shown = shownText(node);
        if (shown != null) {
            cut(node, shown, problems);
        }
        boolean squeezed = !inSqueezed && squeezed(node, problems);
        if (node instanceof Parent parent) {
            for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
                visit(child, skipped, inSqueezed || squeezed, problems);
            }
        }
    }

    /** The text node that draws what {@code node} says, or null when it says nothing. */
    private static Text shownText(Node node) {
        if (node instanceof Labeled labeled) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && text.getClass().getName().endsWith("LabeledText") && text.isVisible()
                        && text.getText() != null && !text.getText().isBlank()) {
                    return text;
                }
            }
            return null;
        }
        if (node instanceof TextInputControl input) {
            if (input.getText() == null || input.getText().isBlank()) {
                return null;
            }
            for (Node inner : input.lookupAll("Text")) {
                if (inner instanceof Text text && input.getText().equals(text.getText())) {
                    return text;
                }
            }
            return null;
        }
        if (node instanceof Text text && !text.getClass().getName().endsWith("LabeledText") && !insideInput(text)
                && text.getText() != null && !text.getText().isBlank()) {
            return text;
        }
        return null;
    }

    private static boolean insideInput(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    /** Every clipping ancestor of {@code text} (itself included) that hides part of it for good. */
    private static void cut(Node owner, Text text, List<String> problems) {
        Bounds b = text.localToScene(text.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        if (isTabBar(text)) {
            return; // JavaFX scrolls the tab headers and hides the ones that do not fit: ClippingCheck's hiddenTabs
        }
        for (Node a = text; a != null; a = a.getParent()) {
            if (a.getClip() == null) {
                continue;
            }
            Bounds visible = a.localToScene(a.getClip().getBoundsInParent());
            double right = b.getMaxX() - visible.getMaxX();
            double left = visible.getMinX() - b.getMinX();
            double below = b.getMaxY() - visible.getMaxY();
            double above = visible.getMinY() - b.getMinY();
            double across = Math.max(right, left);
            double down = Math.max(below, above);
            boolean cutAcross = across > SLOP && !scrollable(a, Orientation.HORIZONTAL);
            boolean cutDown = down > SLOP && !scrollable(a, Orientation.VERTICAL);
            if (cutAcross || cutDown) {
                String side = cutAcross ? (right >= left ? "right" : "left") : (below >= above ? "bottom" : "top");
                double by = cutAcross ? across : down;
                problems.add(String.format(Locale.ROOT, "cut by a viewport: \"%s\" of %s sticks out of the %s edge"
                                + " of %s by %.0f px (no scroll bar that way), at %s", text.getText(),
                        SceneWalker.describe(owner), side, SceneWalker.describe(clipOwner(a)), by,
                        SceneWalker.where(owner)));
                return;
            }
            // scrolled into view, the text shows at most this viewport's region: the outer clips judge only that
            double minX = Math.max(b.getMinX(), visible.getMinX());
            double maxX = Math.min(b.getMaxX(), visible.getMaxX());
            double minY = Math.max(b.getMinY(), visible.getMinY());
            double maxY = Math.min(b.getMaxY(), visible.getMaxY());
            if (maxX <= minX || maxY <= minY) {
                return; // scrolled out of view, the user scrolls to it
            }
            b = new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
        }
    }

    /** Whether {@code a} is in a tab bar, which JavaFX clips to hide the headers that do not fit. */
    private static boolean isTabBar(Node a) {
        for (Node n = a; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    /** The control whose skin made the clip (the scroll pane of a viewport), or the node itself. */
    private static Node clipOwner(Node a) {
        return a.getParent() instanceof Control || a.getParent() instanceof VirtualFlow<?> ? a.getParent() : a;
    }

    /**
     * Whether the user can bring what {@code clipped} hides into view: it is a scroll pane's viewport, a
     * list's or table's cells or a table's header row, and that control shows its scroll bar in that direction.
     */
    private static boolean scrollable(Node clipped, Orientation orientation) {
        Parent p = clipped.getParent();
        if (orientation == Orientation.HORIZONTAL && p instanceof javafx.scene.control.TextField) {
            return true; // a text field's own value: it scrolls with the caret, as the user edits it
        }
        if (p instanceof VirtualFlow<?> flow) {
            return showsBar(flow, orientation);
        }
        if (p instanceof Control control) {
            if (showsBar(control, orientation)) {
                return true;
            }
            for (Node child : control.getChildrenUnmodifiable()) {
                if (child instanceof VirtualFlow<?> flow && showsBar(flow, orientation)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean showsBar(Parent owner, Orientation orientation) {
        for (Node child : owner.getChildrenUnmodifiable()) {
            if (child instanceof ScrollBar bar && bar.getOrientation() == orientation && bar.isVisible()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A layout pane (not a control: {@link ClippingCheck} checks those against their own minimum) laid out
     * narrower or lower than its content's minimum, with a text of its content sticking out of it. Only the
     * outermost of a chain is reported: inside it, everything is short of room.
     */
    private static boolean squeezed(Node node, List<String> problems) {
        if (!(node instanceof Region r) || node instanceof Control || r.getWidth() <= 0 || r.getHeight() <= 0) {
            return false;
        }
        double minW = r.minWidth(-1);
        double minH = r.minHeight(-1);
        // below its minimum, or given a minimum (setMinWidth) under what a child needs: that child, laid out at its
        // own minimum, sticks out of it
        boolean narrow = r.getWidth() < minW - SLOP || childBeyond(r, Orientation.HORIZONTAL);
        boolean low = r.getHeight() < minH - SLOP || childBeyond(r, Orientation.VERTICAL);
        if (!narrow && !low || skinPart(r)) {
            return false; // a skin's part (a viewport, its content holder): the cut check judges what it clips
        }
        Bounds own = r.localToScene(r.getLayoutBounds());
        Text out = null;
        double by = 0;
        for (Text t : texts(r)) {
            Bounds b = visible(t, r);
            if (b == null || harmless(r, b)) {
                continue;
            }
            double o = Math.max(narrow ? Math.max(b.getMaxX() - own.getMaxX(), own.getMinX() - b.getMinX()) : 0,
                    low ? Math.max(b.getMaxY() - own.getMaxY(), own.getMinY() - b.getMinY()) : 0);
            if (o > by) {
                by = o;
                out = t;
            }
        }
        if (out == null || by <= SLOP) {
            return false;
        }
        problems.add(String.format(Locale.ROOT, "squeezed: %s is %.0f×%.0f, its content needs at least %.0f×%.0f;"
                        + " \"%s\" sticks out of it by %.0f px, at %s", SceneWalker.describe(r), r.getWidth(),
                r.getHeight(), minW, minH, out.getText(), by, SceneWalker.where(r)));
        return true;
    }

    /** The part of {@code t} (in the scene) that the clips between it and {@code r} let through, or null. */
    private static Bounds visible(Text t, Node r) {
        Bounds b = t.localToScene(t.getLayoutBounds());
        for (Node a = t; a != null && a != r; a = a.getParent()) {
            if (a.getClip() != null) {
                Bounds clip = a.localToScene(a.getClip().getBoundsInParent());
                double minX = Math.max(b.getMinX(), clip.getMinX());
                double maxX = Math.min(b.getMaxX(), clip.getMaxX());
                double minY = Math.max(b.getMinY(), clip.getMinY());
                double maxY = Math.min(b.getMaxY(), clip.getMaxY());
                if (maxX <= minX || maxY <= minY) {
                    return null;
                }
                b = new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
            }
        }
        return b;
    }

    /**
     * A text that spills out of {@code r} only into its parent's padding or gap: still whole on screen, over
     * nothing (no sibling of {@code r} under it). Past the parent's edge or over a sibling, it is cut or covered.
     */
    private static boolean harmless(Region r, Bounds text) {
        Parent parent = r.getParent();
        if (parent == null) {
            return false;
        }
        Bounds room = parent.localToScene(parent.getLayoutBounds());
        if (text.getMinX() < room.getMinX() - SLOP || text.getMaxX() > room.getMaxX() + SLOP
                || text.getMinY() < room.getMinY() - SLOP || text.getMaxY() > room.getMaxY() + SLOP) {
            return false;
        }
        for (Node sibling : parent.getChildrenUnmodifiable()) {
            if (sibling != r && sibling.isVisible() && sibling.localToScene(sibling.getLayoutBounds()).intersects(
                    text.getMinX() + SLOP, text.getMinY() + SLOP, text.getWidth() - 2 * SLOP, text.getHeight() - 2 * SLOP)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a managed child of {@code r}, laid out at its minimum in that direction, sticks out of {@code r}. */
    private static boolean childBeyond(Region r, Orientation orientation) {
        for (Node child : r.getChildrenUnmodifiable()) {
            if (!child.isManaged() || !child.isVisible() || !(child instanceof Region c)) {
                continue;
            }
            Bounds b = child.getBoundsInParent();
            boolean across = orientation == Orientation.HORIZONTAL;
            double size = across ? c.getWidth() : c.getHeight();
            double min = across ? c.minWidth(-1) : c.minHeight(c.getWidth());
            double beyond = across ? Math.max(b.getMaxX() - r.getWidth(), -b.getMinX())
                    : Math.max(b.getMaxY() - r.getHeight(), -b.getMinY());
            if (beyond > SLOP && size <= min + SLOP) {
                return true;
            }
        }
        return false;
    }

    /** A node a control's skin made (not the panel's own content): reached from a control with no content root. */
    private static boolean skinPart(Node node) {
        for (Node n = node; n.getParent() != null; n = n.getParent()) {
            if (contentRoot(n)) {
                return false;
            }
            if (n.getParent() instanceof Control || n.getParent() instanceof VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code n} is what a panel gave a control to show: its content, graphic, item or tab content. */
    private static boolean contentRoot(Node n) {
        Parent c = n.getParent();
        while (c != null && !(c instanceof Control)) {
            c = c.getParent();
        }
        if (c instanceof javafx.scene.control.ScrollPane scroll) {
            return scroll.getContent() == n;
        }
        if (c instanceof javafx.scene.control.TitledPane titled) {
            return titled.getContent() == n || titled.getGraphic() == n;
        }
        if (c instanceof Labeled labeled) {
            return labeled.getGraphic() == n;
        }
        if (c instanceof javafx.scene.control.SplitPane split) {
            return split.getItems().contains(n);
        }
        if (c instanceof javafx.scene.control.TabPane tabs) {
            return tabs.getTabs().stream().anyMatch(t -> t.getContent() == n);
        }
        return false;
    }

    /** The visible text nodes under {@code root}: labels' and buttons' texts, loose texts, field values. */
    private static List<Text> texts(Node root) {
        List<Text> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Text> found) {
        if (!node.isVisible() || node.getOpacity() == 0 || node instanceof SubScene) {
            return;
        }
        if (node instanceof IndexedCell<?> cell && (cell.isEmpty() || cell.getIndex() < 0)) {
            return;
        }
        Text shown = shownText(node);
        if (shown != null) {
            found.add(shown);
        }
        if (node instanceof Parent parent && !(node instanceof TextInputControl)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (!(node instanceof Labeled) || !(child instanceof Text)) {
                    collect(child, found);
                }
            }
        }
    }
}
