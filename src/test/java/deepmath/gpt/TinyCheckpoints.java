package deepmath.gpt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Tiny random GPT-2 checkpoints written by the tests themselves, in the real layout. */
final class TinyCheckpoints {
    /** 2 layers, 3 heads of size 4, 20 positions, 60 tokens. */
    static final Gpt2Config TINY = new Gpt2Config(2, 3, 12, 20, 60, 1e-5);

    private TinyCheckpoints() {
    }

    static Map<String, SafeTensorsWriter.Tensor> write(Path folder, Gpt2Config config, long seed, String prefix)
            throws IOException {
        Map<String, SafeTensorsWriter.Tensor> tensors = RandomGpt2.tensors(config, seed, prefix);
        Gpt2Checkpoint.write(folder, config, tensors);
        return tensors;
    }
}
