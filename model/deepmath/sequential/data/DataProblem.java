package deepmath.sequential.data;

import deepmath.core.InputProblem;

/** What a {@code --data} text or a data set can get wrong. */
public enum DataProblem implements InputProblem {
    UNKNOWN_KIND("error.data.unknownKind", "unknown data ''{0}'' (known: {1})"),
    MNIST_PART("error.data.mnistPart",
            "mnist: ''{0}'' is not a part of the shipped digits (train: the 8000 training digits, test: the 2000 held out, all)");

    private final Text text;

    DataProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
