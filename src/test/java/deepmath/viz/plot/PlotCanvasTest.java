package deepmath.viz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PlotCanvasTest {
    private PlotCanvas plot;

    @Start
    void start(Stage stage) {
        plot = new PlotCanvas();
        plot.setView(-2, 2, -1, 1);
        stage.setScene(new Scene(plot, 600, 400));
        stage.show();
    }

    @Test
    void titleAxisLabelsAndAWideLegendAreDrawnWhollyInsideThePlot() throws Exception {
        // Wide letters: a legend sized from the label's length (6.2 px a letter) ran off the plot's right edge.
        String wide = "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMM";
        WaitForAsyncUtils.asyncFx(() -> {
            plot.titleProperty().set("Loss per epoch");
            plot.xAxis().labelProperty().set("epoch");
            plot.layers().add(new LabelsLayerFree(wide));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<DrawnText> texts = WaitForAsyncUtils.asyncFx(() -> {
            plot.layout();
            return plot.drawnTexts();
        }).get();
        for (String expected : java.util.List.of("Loss per epoch", "epoch", wide)) {
            DrawnText drawn = texts.stream().filter(t -> t.text().equals(expected)).findFirst().orElseThrow();
            assertTrue(drawn.bounds().getMinX() >= 0 && drawn.bounds().getMaxX() <= plot.getWidth()
                    && drawn.bounds().getMinY() >= 0 && drawn.bounds().getMaxY() <= plot.getHeight(),
                    expected + " at " + drawn.bounds());
        }
    }

    /** A layer that draws nothing and only has a legend line. */
    private record LabelsLayerFree(String label) implements PlotLayer {
        @Override
        public void draw(javafx.scene.canvas.GraphicsContext g, PlotTransform transform) {
        }

        @Override
        public java.util.Optional<LegendEntry> legend() {
            return java.util.Optional.of(new LegendEntry(label, Color.RED, false));
        }
    }

    @Test
    void dataAndPixelsMapBothWaysWithYUpwards() {
        PlotTransform t = plot.transform();
        assertEquals(t.area().getMinX(), t.px(-2), 1e-9);
        assertEquals(t.area().getMaxY(), t.py(-1), 1e-9, "ymin at the bottom");
        Point2D back = t.toData(t.px(0.7), t.py(-0.3));
        assertEquals(0.7, back.getX(), 1e-9);
        assertEquals(-0.3, back.getY(), 1e-9);
    }

    @Test
    void equalAspectGivesOneUnitTheSameLengthOnBothAxes() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> plot.equalAspectProperty().set(true)).get();
        PlotTransform t = plot.transform();
        assertEquals(t.pixelsPerUnitX(), t.pixelsPerUnitY(), 1e-9);
        assertTrue(t.xMin() <= -2 && t.xMax() >= 2 && t.yMin() <= -1 && t.yMax() >= 1, "the view still shows it all");
    }

    @Test
    void logAxisPlacesDecadesEvenly() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            plot.yAxis().scaleProperty().set(Scale.LOG);
            plot.setView(0, 10, 1e-6, 1);
        }).get();
        PlotTransform t = plot.transform();
        assertEquals(t.py(1e-6) - t.py(1e-3), t.py(1e-3) - t.py(1), 1e-9);
    }

    @Test
    void aClickReportsTheDataPointUnderTheMouse(FxRobot robot) throws Exception {
        AtomicReference<Point2D> clicked = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> plot.onDataClickedProperty().set(clicked::set)).get();
        PlotTransform t = plot.transform();
        Point2D screen = plot.localToScreen(t.px(1), t.py(0.5));
        robot.clickOn(screen);
        assertEquals(1, clicked.get().getX(), 0.02);
        assertEquals(0.5, clicked.get().getY(), 0.02);
    }

    @Test
    void aLineLayerIsDrawnWhereItsDataIs() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            plot.layers().add(new LineLayer(new double[] {-2, 2}, new double[] {0, 0}, Color.RED, 3));
            plot.layout();
            return plot.snapshot(null, null);
        }).get();
        PlotTransform t = plot.transform();
        Color onLine = image.getPixelReader().getColor((int) t.px(0.5), (int) Math.round(t.py(0)));
        Color offLine = image.getPixelReader().getColor((int) t.px(0.5), (int) t.py(0.6));
        assertTrue(onLine.getRed() > 0.8 && onLine.getGreen() < 0.3, "on the line: " + onLine);
        assertTrue(offLine.getRed() > 0.8 && offLine.getGreen() > 0.8, "background: " + offLine);
    }
}
