package deepmath.nn;

import deepmath.data.Dataset;

/**
 * A ready-made network of the book with the view that shows it best and, where the book has one, its data.
 * {@code key} names it in files, on the command line and in the bundles ("preset.KEY").
 *
 * @param chapter the book's chapter it comes from
 * @param trainable true for the presets meant to be trained (their weights are a random start)
 */
public record Preset(String key, int chapter, Network network, double xMin, double xMax, double yMin,
                     double yMax, Dataset data, boolean trainable, TrainingSettings training) {

    /** A fresh copy of the network (presets are templates: the panel edits the copy). */
    public Network freshNetwork() {
        return network.copy();
    }
}
