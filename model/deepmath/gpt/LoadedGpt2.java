package deepmath.gpt;

import deepmath.core.Progress;
import java.io.IOException;
import java.nio.file.Path;

/** A model folder opened for use: the network and the tokenizer that goes with it. */
public record LoadedGpt2(Path folder, Gpt2Model model, Gpt2Tokenizer tokenizer) {

    public static LoadedGpt2 open(Path folder, Progress progress) throws IOException {
        Gpt2Model model = Gpt2Checkpoint.load(folder, progress);
        return new LoadedGpt2(folder, model, Gpt2Tokenizer.forModel(folder, model.config().vocabSize()));
    }

    /** A short name for the UI: the folder's name, or the repository for a Hugging Face snapshot. */
    public String name() {
        Path f = folder.toAbsolutePath().normalize();
        if (f.getParent() != null && f.getParent().getFileName() != null
                && f.getParent().getFileName().toString().equals("snapshots") && f.getParent().getParent() != null) {
            String repo = f.getParent().getParent().getFileName().toString();
            return repo.startsWith("models--") ? repo.substring("models--".length()).replace("--", "/") : repo;
        }
        return f.getFileName() == null ? f.toString() : f.getFileName().toString();
    }
}
