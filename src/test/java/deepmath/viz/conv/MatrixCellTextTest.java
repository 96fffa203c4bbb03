package deepmath.viz.conv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.viz.plot.DrawnText;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The numbers of small matrix cells stay inside their cells (the backpropagation tab's five 4 × 4 panels at the
 * default window size had 0.5560.8891.111 running together): a cell with little room writes fewer decimals.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixCellTextTest {
    private final MatrixPanelsView view = new MatrixPanelsView();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(view), 640, 300));
        stage.show();
    }

    @Test
    void crowdedCellsWriteFewerDecimalsInsteadOfRunningTogether() throws Exception {
        double[][] values = {{0.556, 0.889, 1.111, 0.889}, {1.222, 1.667, 1.556, 1}, {8.889, 16.22, 17.78, -1.778},
            {11.56, 30.67, 34.89, 30}};
        List<MatrixPanelsView.Panel> panels = List.of(MatrixPanelsView.Panel.of("z", values),
                MatrixPanelsView.Panel.of("g", values), MatrixPanelsView.Panel.of("t", values),
                MatrixPanelsView.Panel.of("dE/dg", values), MatrixPanelsView.Panel.of("dE/dz", values));
        WaitForAsyncUtils.asyncFx(() -> {
            view.show(panels);
            view.redraw();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<DrawnText> texts = WaitForAsyncUtils.asyncFx(view::drawnTexts).get(10, TimeUnit.SECONDS);
        List<DrawnText> numbers = texts.stream().filter(t -> t.text().matches("−?[0-9.]+")).toList();
        assertTrue(numbers.size() >= 80, "all cells written: " + numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            for (int j = i + 1; j < numbers.size(); j++) {
                var a = numbers.get(i).bounds();
                var b = numbers.get(j).bounds();
                boolean apart = a.getMaxX() <= b.getMinX() || b.getMaxX() <= a.getMinX()
                        || a.getMaxY() <= b.getMinY() || b.getMaxY() <= a.getMinY();
                assertTrue(apart, numbers.get(i).text() + " runs into " + numbers.get(j).text());
            }
        }
        assertFalse(numbers.stream().anyMatch(DrawnText::squeezed));
    }
}
