package deepmath.gpt.train;

import deepmath.core.InputProblem;

/**
 * Refusals of a GPT-2 training run's folder and corpus (the attention lab's Training tab and gpt2-train).
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum TrainingProblem implements InputProblem {
    OTHER_SIZES("error.train.otherSizes",
            "''{0}'' holds a run with other sizes ({1}): use another --out"),
    NOTHING_TO_RESUME("error.train.nothingToResume",
            "''{0}'' holds no run to resume"),
    NO_OPTIMISER("error.train.noOptimiser",
            "''{0}'' lacks {1}, the optimiser state of its step {2}"),
    SHORT_TRAINING("error.train.shortTraining",
            "the corpus has {0} training tokens; a window of the context {1} needs {2}: give a longer corpus or a smaller context"),
    SHORT_VALIDATION("error.train.shortValidation",
            "the corpus has {0} held-out tokens; measuring the held-out loss needs {1} (a window of the context {2}): give a longer corpus or a smaller context"),
    FOLDER_IS_FILE("error.train.folderIsFile",
            "''{0}'' is a file, not a model folder"),
    OTHER_VOCABULARY("error.train.otherVocabulary",
            "''{0}'' holds a run with another vocabulary ({1} tokens here): resume it with the same corpus and minimum count, or use another folder"),
    NOT_RESUMABLE("error.train.notResumable",
            "''{0}'' holds a model this run cannot resume (it has no training state): use another folder");

    private final Text text;

    TrainingProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
