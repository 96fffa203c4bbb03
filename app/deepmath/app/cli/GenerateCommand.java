package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.gpt.Generation;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.HuggingFaceCache;
import deepmath.gpt.LoadedGpt2;
import deepmath.gpt.NextToken;
import deepmath.gpt.Sampling;
import deepmath.gpt.ShippedModel;
import deepmath.gpt.TextGenerator;
import deepmath.hub.ModelLocation;
import deepmath.nd.Nd4jRuntime;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab generate}: GPT-2 continues a text (key/value cache, chosen sampling) and writes JSON. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"GPT-2 continues a text and writes {\"prompt_ids\", \"ids\", \"tokens\", \"text\", \"stop\",",
                "\"sampling\", \"tokens_per_s\"} (with --attention also \"attentions\": [layer][head][q][k] over the",
                "prompt and the generated tokens). Greedy unless --temperature, --top-k or --top-p says otherwise;",
                "stops after --max-new-tokens, on <|endoftext|>, or when the model's positions are used up.",
                "Default model: gpt2 from the Hugging Face cache, else the lab's small GPT-2 (resources/models/kjv-gpt2)."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR|REPO",
            description = "A GPT-2 folder, or a Hub repository id such as gpt2 found in the Hugging Face cache.")
    String model;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The prompt.")
    String text;

    @Option(names = "--max-new-tokens", paramLabel = "N", defaultValue = "20",
            description = "Tokens to generate at most (default: ${DEFAULT-VALUE}).")
    int maxNewTokens;

    @Option(names = "--sampling", paramLabel = "greedy|sample|top-k|top-p",
            description = {"How each token is chosen: the most probable, a draw from the whole law, among the k most",
                    "probable, or in the nucleus of mass p (default: top-k with --top-k, top-p with --top-p,",
                    "sample with --temperature alone, else greedy)."})
    String sampling;

    @Option(names = "--temperature", paramLabel = "T", description = "Softmax temperature (default 1).")
    Double temperature;

    @Option(names = "--top-k", paramLabel = "K", description = "k of top-k sampling.")
    Integer topK;

    @Option(names = "--top-p", paramLabel = "P", description = "p of top-p (nucleus) sampling, 0 < p <= 1.")
    Double topP;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seed of the draws: the same seed gives the same text (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--attention", description = "Also write the attention of every token, generated ones included.")
    boolean attention;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Write the JSON here (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Sampling chosen = sampling(); // every option checked before the model loads
        if (maxNewTokens < 0) {
            throw new BadInputException("--max-new-tokens must be 0 or more, got " + maxNewTokens);
        }
        if (text.isEmpty()) {
            throw new BadInputException("--text is empty: give at least one character to continue");
        }
        if (out != null) {
            AtomicFiles.checkWritable(out);
        }
        Path folder = model != null ? ModelLocation.resolve(model, HuggingFaceCache.forUser())
                : HuggingFaceCache.forUser().snapshot("gpt2").or(ShippedModel::folderIfAny).orElseThrow(() ->
                new BadInputException("no model: give --model DIR (a GPT-2 folder with config.json and"
                        + " model.safetensors); none found in " + HuggingFaceCache.forUser().hub()));
        Nd4jRuntime.initialise();
        LoadedGpt2 gpt2 = LoadedGpt2.open(folder, Progress.NONE);
        Gpt2Tokenizer tokenizer = gpt2.tokenizer();
        int[] prompt = tokenizer.encode(text);
        int endOfText = tokenizer.id(Gpt2Tokenizer.END_OF_TEXT).orElse(TextGenerator.NO_END_OF_TEXT);
        long start = System.nanoTime();
        Generation g = new TextGenerator(gpt2.model()).generate(prompt, maxNewTokens, chosen, endOfText, attention,
                Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        String written = new ObjectMapper().writeValueAsString(json(g, tokenizer, chosen, seconds));
        if (out == null) {
            spec.commandLine().getOut().println(written);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(out, written);
            spec.commandLine().getErr().println("wrote " + out + " (" + g.generated().length + " new tokens, "
                    + g.stop().name().toLowerCase(Locale.ROOT) + ")");
        }
        return Cli.OK;
    }

    /** The sampling the options ask for; one line for a contradiction or a value out of range. */
    Sampling sampling() {
        NextToken.Strategy strategy;
        if (sampling != null) {
            strategy = switch (sampling) {
                case "greedy" -> NextToken.Strategy.GREEDY;
                case "sample" -> NextToken.Strategy.SAMPLE;
                case "top-k" -> NextToken.Strategy.TOP_K;
                case "top-p" -> NextToken.Strategy.TOP_P;
                default -> throw new BadInputException("--sampling must be greedy, sample, top-k or top-p, not '"
                        + sampling + "'");
            };
        } else if (topK != null && topP != null) {
            throw new BadInputException("--top-k and --top-p are two ways of sampling: give one (or --sampling)");
        } else if (topK != null) {
            strategy = NextToken.Strategy.TOP_K;
        } else if (topP != null) {
            strategy = NextToken.Strategy.TOP_P;
        } else {
            strategy = temperature != null ? NextToken.Strategy.SAMPLE : NextToken.Strategy.GREEDY;
        }
        if (strategy == NextToken.Strategy.TOP_K && topK == null) {
            throw new BadInputException("--sampling top-k needs --top-k K");
        }
        if (strategy == NextToken.Strategy.TOP_P && topP == null) {
            throw new BadInputException("--sampling top-p needs --top-p P");
        }
        double t = temperature == null ? 1 : temperature;
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new BadInputException("--temperature must be a positive number, got " + t);
        }
        if (topK != null && topK < 1) {
            throw new BadInputException("--top-k must be at least 1, got " + topK);
        }
        if (topP != null && !(topP > 0 && topP <= 1)) {
            throw new BadInputException("--top-p must be in (0, 1], got " + topP);
        }
        return new Sampling(strategy, t, topK == null ? 1 : topK, topP == null ? 1 : topP, seed);
    }

    private static ObjectNode json(Generation g, Gpt2Tokenizer tokenizer, Sampling s, double seconds) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        ArrayNode promptIds = json.putArray("prompt_ids");
        for (int id : g.prompt()) {
            promptIds.add(id);
        }
        ArrayNode ids = json.putArray("ids");
        for (int id : g.generated()) {
            ids.add(id);
        }
        ArrayNode tokens = json.putArray("tokens");
        tokenizer.tokenTexts(g.generated()).forEach(tokens::add);
        json.put("text", tokenizer.decode(g.generated()));
        json.put("stop", g.stop().name().toLowerCase(Locale.ROOT));
        ObjectNode sampling = json.putObject("sampling");
        sampling.put("method", s.strategy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        sampling.put("temperature", s.temperature());
        if (s.strategy() == NextToken.Strategy.TOP_K) {
            sampling.put("top_k", s.topK());
        }
        if (s.strategy() == NextToken.Strategy.TOP_P) {
            sampling.put("top_p", s.topP());
        }
        sampling.put("seed", s.seed());
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        json.put("tokens_per_s", seconds > 0 ? Math.round(g.generated().length / seconds * 10) / 10.0 : 0);
        if (g.hasAttention()) {
            json.set("attentions", mapper.valueToTree(g.attention()));
        }
        return json;
    }
}
