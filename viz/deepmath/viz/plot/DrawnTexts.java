package deepmath.viz.plot;

import java.util.List;

/**
 * A view that draws texts on a canvas (titles, axis labels, legends, captions) and says what it drew, so that
 * tests can check those texts as they check labels: translated, and not cut by the view's edges.
 * {@link CanvasView} implements it for every view that draws through {@link CanvasView#fillText}.
 */
public interface DrawnTexts {

    /** The texts of the last paint, in drawing order. */
    List<DrawnText> drawnTexts();
}
