package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.gpt.AttentionReport;
import deepmath.gpt.Capture;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Trace;
import deepmath.gpt.HuggingFaceCache;
import deepmath.gpt.LoadedGpt2;
import deepmath.gpt.ShippedModel;
import deepmath.hub.ModelLocation;
import deepmath.nd.Nd4jRuntime;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab attention}: runs GPT-2 on a text and writes its attentions and next tokens as JSON. */
@Command(name = "attention", mixinStandardHelpOptions = true,
        description = {"Run GPT-2 on a text and write {\"tokens\", \"ids\", \"attentions\": [layer][head][q][k],",
                "\"next\": [{\"token\", \"id\", \"prob\"}]} (with --layer and --head: \"attention\": [q][k] of that head).",
                "Default model: gpt2 from the Hugging Face cache (~/.cache/huggingface/hub/models--gpt2), else the",
                "lab's own small GPT-2 trained on the King James Version (resources/models/kjv-gpt2)."})
public final class AttentionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR|REPO",
            description = {"A GPT-2 folder (config.json + model.safetensors), or a Hub repository id such as gpt2",
                    "found in the Hugging Face cache (download it first with 'deepmath-lab models pull gpt2')."})
    String model;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The text to run.")
    String text;

    @Option(names = "--layer", paramLabel = "L", description = "Only this layer's head --head (0-based).")
    Integer layer;

    @Option(names = "--head", paramLabel = "H", description = "Only this head of --layer (0-based).")
    Integer head;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "Number of next-token candidates (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "1",
            description = "Softmax temperature of the next-token probabilities (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Write the JSON here (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if ((layer == null) != (head == null)) {
            throw new BadInputException("--layer and --head go together");
        }
        if (top < 1) {
            throw new BadInputException("--top must be at least 1");
        }
        // Checked before the model loads (NaN or zero would give NaN probabilities).
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new BadInputException("--temperature must be a positive number, got " + temperature);
        }
        if (text.isEmpty()) {
            throw new BadInputException("--text is empty: give at least one character to run");
        }
        if (out != null) {
            AtomicFiles.checkWritable(out);
        }
        Path folder = model != null ? ModelLocation.resolve(model, HuggingFaceCache.forUser()) : HuggingFaceCache.forUser().snapshot("gpt2")
                .or(ShippedModel::folderIfAny).orElseThrow(() ->
                new BadInputException("no model: give --model DIR (a GPT-2 folder with config.json and"
                        + " model.safetensors); none found in " + HuggingFaceCache.forUser().hub()));
        Nd4jRuntime.initialise();
        LoadedGpt2 gpt2 = LoadedGpt2.open(folder, Progress.NONE);
        Gpt2Config config = gpt2.model().config();
        if (layer != null && (layer < 0 || layer >= config.nLayer() || head < 0 || head >= config.nHead())) {
            throw new BadInputException("this model has layers 0.." + (config.nLayer() - 1) + " and heads 0.."
                    + (config.nHead() - 1) + ", not layer " + layer + " head " + head);
        }
        int[] ids = gpt2.tokenizer().encode(text);
        Gpt2Trace trace = gpt2.model().forward(ids, EnumSet.of(Capture.ATTENTION));
        ObjectNode json = AttentionReport.json(trace, gpt2.tokenizer(), top, temperature,
                layer == null ? -1 : layer, head == null ? -1 : head);
        String written = new ObjectMapper().writeValueAsString(json);
        if (out == null) {
            spec.commandLine().getOut().println(written);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(out, written);
            spec.commandLine().getErr().println("wrote " + out + " (" + ids.length + " tokens, " + config.nLayer()
                    + " layers x " + config.nHead() + " heads)");
        }
        return Cli.OK;
    }
}
