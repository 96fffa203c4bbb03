package deepmath.viz.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.image.Histogram;
import deepmath.viz.conv.HistogramView.TickLabel;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The histogram's numbers never run into each other, and the result's min and max are always written. */
class HistogramTicksTest {
    /** 7 pixels a character: about the default font's digits. */
    private static double width(String text) {
        return 7 * text.length();
    }

    private static List<TickLabel> ticks(double min, double max, double width) {
        return HistogramView.tickLabels(new Histogram(min, max, new long[] {1, 2, 3}), width,
                HistogramTicksTest::width);
    }

    private static void assertApart(List<TickLabel> ticks) {
        for (int i = 0; i < ticks.size(); i++) {
            for (int j = i + 1; j < ticks.size(); j++) {
                TickLabel a = ticks.get(i);
                TickLabel b = ticks.get(j);
                assertTrue(a.right() < b.left() || b.right() < a.left(), a + " overlaps " + b);
            }
        }
    }

    @Test
    void aPhotoFrom0To255WritesEachNumberOnce() {
        List<TickLabel> ticks = ticks(0, 255, 300);
        assertEquals(List.of("0", "255"), ticks.stream().map(TickLabel::text).toList());
        assertApart(ticks);
    }

    @Test
    void anEdgeResultJustBelow0KeepsItsMinAndDropsTheClashing0() {
        List<TickLabel> ticks = ticks(-3, 300, 300);
        assertEquals(List.of("-3", "300", "255"), ticks.stream().map(TickLabel::text).toList());
        assertApart(ticks);
        List<TickLabel> wide = ticks(-1020, 1020, 300);
        assertEquals(List.of("-1020", "1020", "0", "255"), wide.stream().map(TickLabel::text).toList(),
                "far apart, all four numbers fit");
        assertApart(wide);
    }

    @Test
    void noRangeAndNoWidthMakesNumbersOverlap() {
        Random random = new Random(15);
        for (int k = 0; k < 2000; k++) {
            double min = random.nextInt(600) - 400;
            double max = min + random.nextInt(1200);
            double width = 80 + random.nextInt(400);
            List<TickLabel> ticks = ticks(min, max, width);
            assertApart(ticks);
            assertEquals(String.format(java.util.Locale.ROOT, "%.0f", min), ticks.get(0).text());
        }
    }
}
