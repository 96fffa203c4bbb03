package deepmath.viz.digits;

import deepmath.viz.color.ColorMap;
import deepmath.viz.plot.CanvasView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A row of planes — the feature maps of one layer, or its 3 × 3 filters — drawn as small images
 * side by side under a title, wrapping to as many lines as the width requires. Feature maps (≥ 0 after
 * ReLU) use one sequential scale for the whole layer, so that strong and weak maps compare; filters
 * use a diverging scale centred on 0 (negative blue, positive red).
 */
public final class FeatureMapGrid extends CanvasView {
    private static final double TITLE = 20;
    private static final double GAP = 4;
    private Image[] tiles = new Image[0];
    private String title = "";
    private double tileSize = 48;
    /** The drawn size of one tile: {@code tileSize} along the planes' longer side, in proportion along the other. */
    private double tileWidth = 48;
    private double tileHeight = 48;
    private int group = 1;

    public FeatureMapGrid() {
        getStyleClass().add("digits-maps");
    }

    /**
     * @param planes     {@code count} planes of side × side, one after the other
     * @param signed     true for weights (diverging scale symmetric about 0), false for activations
     * @param tileSize   drawn size of each plane in pixels
     */
    public void setPlanes(String title, double[] planes, int count, int side, boolean signed, double tileSize) {
        setPlanes(title, planes, count, side, side, signed, tileSize);
    }

    /**
     * Planes of {@code height} rows of {@code width} values (a feature map of a 20 × 30 input is 30 wide, 20 high),
     * drawn with {@code tileSize} pixels along their longer side.
     */
    public void setPlanes(String title, double[] planes, int count, int width, int height, boolean signed,
                          double tileSize) {
        this.title = title;
        this.tileSize = tileSize;
        this.tileWidth = tileSize * width / Math.max(width, height);
        this.tileHeight = tileSize * height / Math.max(width, height);
        double min = 0;
        double max = 0;
        for (double v : planes) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double bound = Math.max(Math.abs(min), Math.abs(max));
        tiles = new Image[count];
        int area = width * height;
        for (int k = 0; k < count; k++) {
            tiles[k] = signed
                    ? GreyImages.of(planes, k * area, width, height, ColorMap.DIVERGING, -bound, bound)
                    : GreyImages.of(planes, k * area, width, height, ColorMap.MAGMA, 0, max > 0 ? max : 1);
        }
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
        redraw();
    }

    /** Keeps tiles in groups of {@code size} on a line (e.g. the 8 kernels of one filter), a wider gap between groups. */
    public void setGroup(int size) {
        group = Math.max(1, size);
        requestLayout();
        redraw();
    }

    public int tileCount() {
        return tiles.length;
    }

    /** Plane {@code k} as drawn, one pixel per value. */
    public Image tile(int k) {
        return tiles[k];
    }

    private int columns(double width) {
        int fit = Math.max(1, (int) ((width - GAP) / (tileWidth + GAP + (group > 1 ? 2 * GAP / group : 0))));
        return fit >= group ? fit / group * group : fit;
    }

    private double columnX(int column) {
        return GAP + column * (tileWidth + GAP) + (group > 1 ? (column / group) * 2 * GAP : 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.min(16, Math.max(1, tiles.length)) * (tileWidth + GAP) + GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        int rows = (tiles.length + columns(w) - 1) / columns(w);
        return TITLE + Math.max(1, rows) * (tileHeight + GAP) + GAP;
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        g.setFill(getForegroundPaint());
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        fillText(g, title, GAP, TITLE / 2);
        g.setImageSmoothing(false);
        int columns = columns(width);
        for (int k = 0; k < tiles.length; k++) {
            double x = columnX(k % columns);
            double y = TITLE + (k / columns) * (tileHeight + GAP);
            g.drawImage(tiles[k], x, y, tileWidth, tileHeight);
        }
    }
}
