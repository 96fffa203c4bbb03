package deepmath.nn;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;
import deepmath.data.Dataset;

/**
 * A ready-made network of the book with the view that shows it best and, where the book has one, its data.
 * {@code key} names it in files, on the command line and in the network bundle ("preset.KEY").
 *
 * @param book where the book builds (or trains) this network
 * @param trainable true for the presets meant to be trained (from the book's starting weights, or a random start)
 * @param testFraction the share of the points held out for testing that the preset asks for (the over-fitting
 *                     examples: train against test), or NaN to keep the user's
 */
public record Preset(String key, BookReference book, Network network, double xMin, double xMax, double yMin,
                     double yMax, Dataset data, boolean trainable, TrainingSettings training, double testFraction)
        implements BookPreset {

    /** A preset that says nothing of the test share. */
    public Preset(String key, BookReference book, Network network, double xMin, double xMax, double yMin, double yMax,
                  Dataset data, boolean trainable, TrainingSettings training) {
        this(key, book, network, xMin, xMax, yMin, yMax, data, trainable, training, Double.NaN);
    }

    @Override
    public String bundle() {
        return "network";
    }

    /** A fresh copy of the network (presets are templates: the panel edits the copy). */
    public Network freshNetwork() {
        return network.copy();
    }
}
