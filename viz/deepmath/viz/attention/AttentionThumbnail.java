package deepmath.viz.attention;

import deepmath.viz.color.ColorMap;
import deepmath.viz.plot.CanvasView;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** One head's attention matrix in miniature, for the model view's grid; framed in its head colour. */
public final class AttentionThumbnail extends CanvasView {
    private final int layer;
    private final int head;
    private float[][] matrix = new float[0][];

    public AttentionThumbnail(int layer, int head) {
        this.layer = layer;
        this.head = head;
        getStyleClass().add("attention-thumbnail");
        setMinSize(36, 36);
    }

    public int layer() {
        return layer;
    }

    public int head() {
        return head;
    }

    public void setMatrix(float[][] matrix) {
        this.matrix = matrix;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int t = matrix.length;
        if (t > 0) {
            double size = Math.min(width, height) - 4;
            double cell = size / t;
            for (int q = 0; q < t; q++) {
                for (int k = 0; k <= q; k++) {
                    g.setFill(ColorMap.BLUES.color(matrix[q][k]));
                    g.fillRect(2 + k * cell, 2 + q * cell, Math.ceil(cell), Math.ceil(cell));
                }
            }
        }
        g.setStroke(HeadColors.of(head));
        g.setLineWidth(2);
        g.strokeRect(1, 1, width - 2, height - 2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 64;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 64;
    }
}
