package deepmath.viz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.viz.color.ColorMap;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class ColorMapAndHeatMapTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void viridisRunsFromPurpleToYellow() {
        assertEquals(Color.web("#440154"), ColorMap.VIRIDIS.color(0));
        assertEquals(Color.web("#fde725"), ColorMap.VIRIDIS.color(1));
        assertEquals(Color.web("#21918c"), ColorMap.VIRIDIS.color(0.5));
        assertEquals(Color.web("#fde725"), ColorMap.VIRIDIS.color(7), "clamped above 1");
    }

    @Test
    void theDivergingMapIsWhiteAtZero() {
        assertEquals(Color.web("#f7f7f7"), ColorMap.DIVERGING.color(0, -3, 3));
        assertEquals(0xfff7f7f7, ColorMap.DIVERGING.argb(0.5));
    }

    @Test
    void heatMapPutsTheLargestYOnTheTopRowAndLeavesNaNTransparent() {
        Grid2D grid = new Grid2D(0, 2, 0, 1, 3, 2);
        // f(x, y) = x + 10 y, with one NaN at (x=2, y=0)
        float[] values = {0, 1, Float.NaN, 10, 11, 12};
        WritableImage image = HeatMapImage.render(new GridValues(grid, values), ColorMap.GREYS, 0, 12);
        var pixels = image.getPixelReader();
        assertEquals(0xff000000, pixels.getArgb(0, 1), "(0,0) value 0: black, bottom-left");
        assertEquals(0xffffffff, pixels.getArgb(2, 0), "(2,1) value 12: white, top-right");
        assertEquals(10 / 12.0 * 255, pixels.getArgb(0, 0) & 0xff, 1.0, "(0,1) value 10, top-left");
        assertEquals(0, pixels.getArgb(2, 1), "NaN is transparent");
    }
}
