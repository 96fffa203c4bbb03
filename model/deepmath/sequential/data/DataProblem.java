package deepmath.sequential.data;

import deepmath.core.InputProblem;

/** What a {@code mnist} or {@code mnist-full} data description can get wrong (the other kinds' refusals are in {@link ExamplesProblem}). */
public enum DataProblem implements InputProblem {
    MNIST_PART("error.data.mnistPart",
            "mnist: ''{0}'' is not a part of the shipped digits (train: the 8000 training digits, test: the 2000 held out, all)"),
    MNIST_FULL_PART("error.data.mnistFullPart",
            "mnist-full: ''{0}'' is not a part of MNIST (train: the 60000 training digits, test: the 10000 test digits)");

    private final Text text;

    DataProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
