package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedSetsTest {
    @Test
    void theFacesAre160ToTrainOn40HeldOutNonFaceZeroFaceOne() {
        NpyArray npy = NpyArray.read(ShippedSets.resource(ShippedSets.FACES), "lfw_subset.npy");
        TrainTest data = DataSource.standard().read("faces");
        Examples train = data.train();
        Examples test = data.held().orElseThrow();
        assertEquals(160, train.count());
        assertEquals(40, test.count());
        assertEquals(List.of(25, 25, 1), train.shape());
        assertEquals(List.of("non-face", "face"), train.classes());
        // in turn: non-face 0 (image 100), face 0 (image 0), non-face 1 (image 101), …
        assertEquals(0, train.label(0));
        assertEquals(1, train.label(1));
        assertEquals((float) npy.values()[100 * 625 + 7], train.inputs()[0][7]);
        assertEquals((float) npy.values()[7], train.inputs()[1][7]);
        assertEquals((float) npy.values()[101 * 625 + 300], train.inputs()[2][300]);
        // held out: images 80..99 (faces) and 180..199 (non-faces)
        assertEquals((float) npy.values()[180 * 625], test.inputs()[0][0]);
        assertEquals((float) npy.values()[80 * 625 + 624], test.inputs()[1][624]);
        assertEquals(20, count(test, 1));
        assertEquals(80, count(train, 1));
    }

    private static long count(Examples e, int label) {
        return java.util.stream.IntStream.range(0, e.count()).filter(i -> e.label(i) == label).count();
    }

    @Test
    void theSpamSetIsAThousandToTrainOnAndFiveHundredHeldOutAsVectorsOfItsThousandWords() {
        TrainTest data = DataSource.standard().read("spam");
        Examples train = data.train();
        Examples test = data.held().orElseThrow();
        assertEquals(1000, train.count());
        assertEquals(500, test.count());
        assertEquals(List.of(1000), train.shape());
        assertEquals(List.of("ham", "spam"), train.classes());
        assertEquals(500, count(train, 1));
        assertEquals(250, count(test, 1));
        assertEquals(List.of(0, 1, 0, 1), List.of(train.label(0), train.label(1), train.label(2), train.label(3)));
        for (float[] x : train.inputs()) {
            for (float v : x) {
                assertTrue(v == 0 || v == 1);
            }
        }
        // the most frequent word of any English mail is "the": place 0, in most messages
        long withThe = java.util.Arrays.stream(train.inputs()).filter(x -> x[0] == 1).count();
        assertTrue(withThe > 700, withThe + " messages hold word 0");
    }
}
