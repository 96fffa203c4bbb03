package deepmath.viz.probability;

import deepmath.viz.plot.CanvasView;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * A canvas that draws a row of columns side by side (the probabilities of a law, the layers of a network): it
 * holds the columns, redraws when they change, and clears its background before they are painted.
 *
 * @param <C> what one column shows
 */
public abstract class ColumnsView<C> extends CanvasView {
    private List<C> columns = List.of();

    protected ColumnsView(String styleClass) {
        getStyleClass().add(styleClass);
    }

    public void setColumns(List<C> value) {
        columns = List.copyOf(value);
        redraw();
    }

    public List<C> columns() {
        return columns;
    }

    @Override
    protected final void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        if (!columns.isEmpty()) {
            paint(g, width, height, columns);
        }
    }

    /** Paints {@code columns} (never empty) on the cleared canvas. */
    protected abstract void paint(GraphicsContext g, double width, double height, List<C> columns);
}
