package deepmath.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SubScene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * "Nothing is clipped": a text shown with an ellipsis or cut by its canvas (from {@link SceneWalker}'s
 * texts), a control that sticks out of the window (content of a scroll pane or a list/table excepted: it
 * scrolls), a control laid out narrower or lower than its own minimum, a tab whose header is hidden because
 * the tab bar is too narrow, and (from {@link ViewportCheck}) a text cut by a viewport it cannot be scrolled past
 * or sticking out of a pane laid out below its content's minimum. Each problem is one readable line naming the node. Call on the FX thread.
 */
public final class ClippingCheck {
    private static final double SLOP = 1;

    private ClippingCheck() {
    }

    /** The whole scene: {@code texts} from {@link SceneWalker#walk(Scene)}. */
    public static List<String> problems(Scene scene, List<VisibleText> texts) {
        return problems(scene.getRoot(), texts, null);
    }

    /**
     * The part of a scene under {@code root} (a lab's panel), {@code texts} from {@link SceneWalker#walk(Node)};
     * the subtree {@code skipped} (may be null) is left out of the layout checks.
     */
    public static List<String> problems(Node root, List<VisibleText> texts, Node skipped) {
        List<String> problems = new ArrayList<>();
        for (VisibleText t : texts) {
            if (t.clipped()) {
                problems.add("cut: " + t);
            }
        }
        Scene scene = root.getScene();
        layout(root, scene.getWidth(), scene.getHeight(), skipped, problems);
        problems.addAll(ViewportCheck.problems(root, skipped));
        return problems;
    }

    private static void layout(Node node, double width, double height, Node skipped, List<String> problems) {
        if (node == skipped || !node.isVisible() || node.getOpacity() == 0 || node instanceof SubScene) {
            return;
        }
        if (node instanceof Control || node instanceof Text || node instanceof deepmath.viz.plot.DrawnTexts) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() > 0 && b.getHeight() > 0 && (b.getMaxX() > width + SLOP
                    || b.getMaxY() > height + SLOP || b.getMinX() < -SLOP || b.getMinY() < -SLOP)) {
                problems.add(String.format(Locale.ROOT, "outside the %.0f×%.0f window: %s spans x %.0f…%.0f,"
                        + " y %.0f…%.0f at %s", width, height, text(node), b.getMinX(), b.getMaxX(),
                        b.getMinY(), b.getMaxY(), SceneWalker.where(node)));
                return;
            }
        }
        if (isUserControl(node)) {
            Control c = (Control) node;
            double minW = c.minWidth(-1);
            double minH = c.minHeight(-1);
            if (c.getWidth() > 0 && c.getWidth() < minW - SLOP || c.getHeight() > 0 && c.getHeight() < minH - SLOP) {
                problems.add(String.format(Locale.ROOT, "squeezed: %s is %.0f×%.0f, its minimum is %.0f×%.0f, at %s",
                        text(node), c.getWidth(), c.getHeight(), minW, minH, SceneWalker.where(node)));
            }
        }
        if (node instanceof TabPane tabs) {
            hiddenTabs(tabs, problems);
        }
        if (node instanceof ScrollPane || node instanceof VirtualFlow<?> || node.getClip() != null) {
            return; // what is beyond scrolls (or is clipped on purpose: tab bars are checked above)
        }
        if (node instanceof Parent parent) {
            for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
                layout(child, width, height, skipped, problems);
            }
        }
    }

    private static boolean isUserControl(Node node) {
        return node instanceof Labeled || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof Slider || node instanceof Spinner<?>;
    }

    /** JavaFX hides the headers that do not fit behind a ▾ menu: a tab nobody sees is a clipped text. */
    private static void hiddenTabs(TabPane tabs, List<String> problems) {
        Node menu = tabs.lookup(".control-buttons-tab");
        if (menu != null && menu.isVisible()) {
            for (Node header : tabs.lookupAll(".tab")) {
                Node area = header.getParent();
                for (int up = 0; area != null && area.getClip() == null && up < 3; up++) {
                    area = area.getParent();
                }
                if (area == null || area.getClip() == null) {
                    continue;
                }
                Bounds clip = area.getClip().getBoundsInParent();
                Bounds in = area.sceneToLocal(header.localToScene(header.getLayoutBounds()));
                if (in.getMaxX() > clip.getMaxX() + SLOP || in.getMinX() < clip.getMinX() - SLOP) {
                    problems.add("tab header hidden (the tab bar is too narrow): " + text(header) + " at "
                            + SceneWalker.where(tabs));
                }
            }
            problems.add("the tab bar overflows into its ▾ menu at " + SceneWalker.where(tabs));
        }
    }

    private static String text(Node node) {
        List<VisibleText> inside = SceneWalker.walk(node);
        String first = inside.isEmpty() ? "" : " \"" + inside.get(0).text() + "\"";
        return SceneWalker.describe(node) + first;
    }
}
