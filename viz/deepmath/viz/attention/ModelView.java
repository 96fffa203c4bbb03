package deepmath.viz.attention;

import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * bertviz's model view: every head of every layer as a small attention matrix, layers down, heads across;
 * clicking one opens it (the panel shows it in the matrix view).
 */
public final class ModelView extends GridPane {
    private AttentionThumbnail[][] cells = new AttentionThumbnail[0][];
    private Tooltip[][] tooltips = new Tooltip[0][];
    private BiConsumer<Integer, Integer> onOpen = (layer, head) -> { };
    private java.util.function.BiFunction<Integer, Integer, String> tooltip = (layer, head) -> layer + " · " + head;

    public ModelView() {
        getStyleClass().add("model-view");
        setHgap(4);
        setVgap(4);
    }

    /** Called with (layer, head) when a thumbnail is clicked. */
    public void setOnOpen(BiConsumer<Integer, Integer> action) {
        this.onOpen = action;
    }

    /** The tooltip of a thumbnail, e.g. "layer 4, head 11" in the user's language (relabels those shown). */
    public void setTooltipText(java.util.function.BiFunction<Integer, Integer, String> text) {
        this.tooltip = text;
        for (int l = 0; l < tooltips.length; l++) {
            for (int h = 0; h < tooltips[l].length; h++) {
                tooltips[l][h].setText(text.apply(l, h));
            }
        }
    }

    /** attention [layer][head][query][key]. */
    public void setAttention(float[][][][] attention) {
        int layers = attention.length;
        int heads = layers == 0 ? 0 : attention[0].length;
        if (cells.length != layers || (layers > 0 && cells[0].length != heads)) {
            build(layers, heads);
        }
        for (int l = 0; l < layers; l++) {
            for (int h = 0; h < heads; h++) {
                cells[l][h].setMatrix(attention[l][h]);
            }
        }
    }

    /** The thumbnail of (layer, head), for tests. */
    public AttentionThumbnail thumbnail(int layer, int head) {
        return cells[layer][head];
    }

    private void build(int layers, int heads) {
        getChildren().clear();
        cells = new AttentionThumbnail[layers][heads];
        tooltips = new Tooltip[layers][heads];
        for (int h = 0; h < heads; h++) {
            Label label = new Label(String.valueOf(h));
            label.getStyleClass().add("model-view-axis");
            label.setMaxWidth(Double.MAX_VALUE);
            label.setAlignment(Pos.CENTER);
            add(label, h + 1, 0);
        }
        for (int l = 0; l < layers; l++) {
            Label label = new Label(String.valueOf(l));
            label.getStyleClass().add("model-view-axis");
            add(label, 0, l + 1);
            for (int h = 0; h < heads; h++) {
                AttentionThumbnail cell = new AttentionThumbnail(l, h);
                int layer = l;
                int head = h;
                cell.setOnMouseClicked(e -> onOpen.accept(layer, head));
                tooltips[l][h] = new Tooltip(tooltip.apply(l, h));
                Tooltip.install(cell, tooltips[l][h]);
                cell.setId("thumbnail-" + l + "-" + h);
                cells[l][h] = cell;
                add(cell, h + 1, l + 1);
            }
        }
    }
}
