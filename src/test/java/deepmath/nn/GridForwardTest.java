package deepmath.nn;

import deepmath.bench.Nd4jForward;
import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.nd.Nd4jRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fused float kernel, ND4J's batched pass and the scalar double pass compute the same network. */
class GridForwardTest {

    @BeforeAll
    static void engine() {
        Nd4jRuntime.initialise();
    }

    private static Network random(int inputs, int[] sizes, Activation[] phis, long seed) {
        Random random = new Random(seed);
        List<Layer> layers = new ArrayList<>();
        int in = inputs;
        for (int l = 0; l < sizes.length; l++) {
            double[][] w = new double[sizes[l]][in];
            double[] b = new double[sizes[l]];
            for (int i = 0; i < sizes[l]; i++) {
                b[i] = random.nextGaussian();
                for (int j = 0; j < in; j++) {
                    w[i][j] = random.nextGaussian();
                }
            }
            layers.add(new Layer(phis[l], w, b));
            in = sizes[l];
        }
        return new Network(inputs, layers);
    }

    private static void agree(Network network, Grid2D grid, double tolerance, double... fixed) {
        GridValues fused = GridForward.output(network, grid, fixed);
        GridValues nd4j = Nd4jForward.outputOnGrid(network, grid, fixed);
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double[] x = new double[network.inputs()];
                x[0] = grid.x(i);
                if (x.length > 1) {
                    x[1] = grid.y(j);
                }
                for (int k = 2; k < x.length; k++) {
                    x[k] = fixed[k - 2];
                }
                double exact = network.output(x)[0];
                assertEquals(exact, fused.at(i, j), tolerance, network.shape() + " fused at " + i + "," + j);
                assertEquals(exact, nd4j.at(i, j), tolerance, network.shape() + " nd4j at " + i + "," + j);
            }
        }
    }

    @Test
    void theBenchmarkShape2881TanhAgreesOnA256Grid() {
        Network network = random(2, new int[] {8, 8, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.TANH}, 1);
        agree(network, Grid2D.square(-3, 3, -3, 3, 256), 2e-5);
    }

    @Test
    void everyActivationAgrees() {
        Grid2D grid = new Grid2D(-2, 2, -1.5, 2.5, 37, 29);
        Activation[] smooth = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.IDENTITY, Activation.GELU};
        for (Activation hidden : smooth) {
            for (Activation out : new Activation[] {Activation.SIGMOID, Activation.IDENTITY}) {
                agree(random(2, new int[] {5, 4, 1}, new Activation[] {hidden, hidden, out}, hidden.ordinal()), grid, 2e-5);
            }
        }
        agree(random(2, new int[] {6, 3}, new Activation[] {Activation.TANH, Activation.SOFTMAX}, 3), grid, 2e-6);
        agree(random(3, new int[] {4, 1}, new Activation[] {Activation.RELU, Activation.TANH}, 4), grid, 2e-5, 0.7);
    }

    @Test
    void heavisideAgreesExactlyIncludingH0OnTheGridLines() {
        // the sector's lines pass through grid nodes (integers): H(0) = 1 must hold in every path
        Network sector = BookNetworks.byKey("sector").network();
        agree(sector, Grid2D.square(-4, 4, -4, 4, 9), 0);
        agree(BookNetworks.byKey("triangle").network(), new Grid2D(-2, 7, -1, 5, 19, 13), 0);
    }

    @Test
    void theKernelIsMultiThreadedOverRowsWithTheSameResultAsOneThread() {
        Network network = random(2, new int[] {8, 8, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.SIGMOID}, 5);
        Grid2D big = Grid2D.square(-1, 1, -1, 1, 300); // above the parallel threshold
        GridValues all = GridForward.output(network, big);
        GridValues[][] neurons = GridForward.neurons(network, big);
        for (int k = 0; k < big.size(); k++) {
            assertEquals(all.values()[k], neurons[2][0].values()[k]);
        }
        // a row computed alone (a grid of one row band) equals the same row of the big grid
        Grid2D band = new Grid2D(-1, 1, big.y(150), big.y(151), 300, 2);
        GridValues alone = GridForward.output(network, band);
        for (int i = 0; i < 300; i++) {
            assertEquals(all.at(i, 150), alone.at(i, 0));
        }
    }

    @Test
    void neuronMapsAreEachNeuronsOwnOutput() {
        Network triangle = BookNetworks.byKey("triangle").network();
        Grid2D grid = new Grid2D(-2, 7, -1, 5, 10, 7);
        GridValues[][] maps = GridForward.neurons(triangle, grid);
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double[][] a = triangle.activations(grid.x(i), grid.y(j));
                for (int n = 0; n < 3; n++) {
                    assertEquals(a[1][n], maps[0][n].at(i, j));
                }
                assertEquals(a[2][0], maps[1][0].at(i, j));
            }
        }
    }
}
