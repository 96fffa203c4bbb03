package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which data points the map draws: all of a small set, a fixed sample of the book's 40 000-point grid (line 10830). */
class OutputViewPointsTest {
    @Test
    void aSmallDataSetIsDrawnWhole() {
        assertArrayEquals(IntStream.range(0, 1000).toArray(), OutputView.drawn(1000));
        assertEquals(0, OutputView.drawn(0).length);
    }

    @Test
    void theBooksGridIsDrawnAsTheSameSampleOfDistinctPointsSpreadOverItsRows() {
        int[] drawn = OutputView.drawn(200 * 200);
        assertEquals(OutputView.MAX_DRAWN, drawn.length);
        assertArrayEquals(drawn, OutputView.drawn(200 * 200)); // every frame the same points
        boolean[] rows = new boolean[200];
        boolean[] columns = new boolean[200];
        for (int k = 0; k < drawn.length; k++) {
            assertTrue(drawn[k] >= 0 && drawn[k] < 40000);
            assertTrue(k == 0 || drawn[k] > drawn[k - 1], "sorted and distinct");
            rows[drawn[k] / 200] = true;
            columns[drawn[k] % 200] = true;
        }
        // 1 000 random points of 40 000 miss a given row with probability (1 − 1/200)^1000 ≈ 0.7 %: a stride
        // of 40 would have drawn 5 columns only
        assertTrue(IntStream.range(0, 200).filter(i -> columns[i]).count() > 180);
        assertTrue(IntStream.range(0, 200).filter(i -> rows[i]).count() > 180);
    }
}
