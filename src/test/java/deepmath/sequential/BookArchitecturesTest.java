package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.sequential.data.DataSource;
import deepmath.sequential.data.Examples;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The book's networks as shipped presets: each spec file's summary gives the parameter count keras gives for the
 * book's listing (the line of each count below), and each shipped data set fits its network's input.
 */
class BookArchitecturesTest {
    private static long params(String key) {
        return BookArchitectures.byKey(key).orElseThrow().spec().parameters();
    }

    @Test
    void theParameterCountsOfTheBook() {
        assertEquals(6442, params("mnist-dense"));            // line 11328: 784·8+8 + 8·8+8 + 8·10+10
        assertEquals(361, params("fit-one-variable"));        // line 11522: 1·10+10 + 3·(10·10+10) + 10+1
        assertEquals(261, params("fit-two-variables"));       // line 11997: 2·10+10 + 2·(10·10+10) + 10+1
        assertEquals(5071, params("text-dense"));             // line 12275: 1000·5+5 + 2·30 + 6
        assertEquals(95290, params("cifar10-dense"));         // line 12350: 3072·30+30 + 3·930 + 310 ("100000 poids", line 12367)
        assertEquals(130394, params("mnist-cnn"));            // line 15660 (ModelSpecTest works it out)
        assertEquals(153546, params("cifar10-cnn-pooling"));  // line 15788: "Il y a en tout 153546 poids"
        assertEquals(767946, params("cifar10-cnn-no-pooling")); // line 15788: "il y aurait 767 946 poids"
        assertEquals(206785, params("cats-dogs"));            // line 15873: "Il y a 206785 poids"
        // the cat/dog network on 25 × 25 × 1: 640 + 36928 + 36928, flatten 3·3·64 = 576, 576·32+32 = 18464, 33
        assertEquals(92993, params("faces-cnn"));
    }

    @Test
    void theKerasSummaryOfTheCifarNetworkWithoutPooling() {
        ModelSpec m = BookArchitectures.byKey("cifar10-cnn-no-pooling").orElseThrow().spec();
        assertEquals(List.of(1792L, 36928L, 36928L, 36928L, 0L, 655370L),
                m.summary().stream().map(LayerSummary::parameters).toList());
        assertEquals(List.of(65536), m.summary().get(4).outputShape());
    }

    @Test
    void everyPresetHasItsBookLineItsNamesAndItsTraining() throws Exception {
        Properties en = load("/i18n/sequential.properties");
        Properties fr = load("/i18n/sequential_fr.properties");
        assertEquals(10, BookArchitectures.all().size());
        for (BookArchitecture a : BookArchitectures.all()) {
            assertTrue(en.containsKey("preset." + a.key()) && fr.containsKey("preset." + a.key()), a.key());
            assertTrue(a.book().chapter() == 10 || a.book().chapter() == 14, a.key());
            assertTrue(a.training().epochs() > 0, a.key());
        }
        assertEquals(List.of(5L, 5L), List.of(count(10), count(14)));
        BookTraining fit = BookArchitectures.byKey("fit-one-variable").orElseThrow().training();
        // line 11530: SGD(learning_rate=0.001, momentum=0.9, nesterov=True); line 11537: 4000 epochs, batch N
        assertEquals(new BookTraining("mean_squared_error", "sgd", 0.001, 0.9, true, 4000, 0), fit);
        assertEquals(List.of("text-dense"), BookArchitectures.forKind("text").stream().map(BookArchitecture::key).toList());
    }

    private static long count(int chapter) {
        return BookArchitectures.all().stream().filter(a -> a.book().chapter() == chapter).count();
    }

    /** A preset with shipped data trains on it as is: the data's shape is the network's input, its outputs fit. */
    @Test
    void theShippedDataFitsItsNetwork() {
        DataSource source = DataSource.standard();
        for (BookArchitecture a : BookArchitectures.all()) {
            if (a.data().isEmpty() || a.dataKind().equals("mnist")) {
                continue; // the MNIST kind is the training engine's
            }
            Examples e = source.train(a.data().get());
            ModelSpec spec = a.spec();
            assertEquals(spec.input(), e.shape(), a.key());
            int out = spec.outputShape().get(0);
            // a single sigmoid output learns two classes (its value is the probability of class 1)
            assertEquals(out == 1 && e.isClassification() ? 2 : out, e.outputs(), a.key());
        }
    }

    private static Properties load(String path) throws Exception {
        Properties p = new Properties();
        try (var in = new java.io.InputStreamReader(BookArchitecturesTest.class.getResourceAsStream(path),
                java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
