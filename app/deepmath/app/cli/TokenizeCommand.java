package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.language.Gpt2MergeTrace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab tokenize --text "..."}: GPT-2's byte-level BPE ids and tokens as JSON. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Cut a text into GPT-2 tokens (byte-level BPE, the real 50 257-token vocabulary) and print",
                "{\"ids\": [...], \"tokens\": [...]} (each token decoded to text). With --explain, also",
                "\"words\": [{\"symbols\", \"merges\": [{\"rank\", \"left\", \"right\", \"after\"}], \"tokens\", \"ids\"}]:",
                "each word's bytes (byte-level symbols, \u0120 for a space) and the merges of merges.txt applied",
                "to it in rank order (rank 0 = learnt first) until none applies."})
public final class TokenizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The text to tokenise.")
    String text;

    @Option(names = "--vocab", paramLabel = "DIR",
            description = "A folder with its own vocab.json and merges.txt (default: GPT-2's, shipped).")
    Path vocab;

    @Option(names = "--explain", description = "Also show which merges turn each word into its tokens, in rank order.")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        Gpt2Tokenizer tokenizer = vocab == null ? Gpt2Tokenizer.shipped() : Gpt2Tokenizer.forModel(vocab);
        int[] ids = tokenizer.encode(text);
        ObjectNode json = new ObjectMapper().createObjectNode();
        ArrayNode idArray = json.putArray("ids");
        for (int id : ids) {
            idArray.add(id);
        }
        ArrayNode tokens = json.putArray("tokens");
        tokenizer.tokenTexts(ids).forEach(tokens::add);
        if (explain) {
            ArrayNode words = json.putArray("words");
            for (Gpt2MergeTrace.Word w : Gpt2MergeTrace.of(tokenizer, text)) {
                ObjectNode word = words.addObject();
                word.put("symbols", w.symbols());
                ArrayNode merges = word.putArray("merges");
                for (Gpt2MergeTrace.Step step : w.steps()) {
                    ObjectNode m = merges.addObject();
                    m.put("rank", step.rank());
                    m.put("left", step.left());
                    m.put("right", step.right());
                    ArrayNode after = m.putArray("after");
                    step.after().forEach(after::add);
                }
                ArrayNode wordTokens = word.putArray("tokens");
                w.tokens().forEach(wordTokens::add);
                ArrayNode wordIds = word.putArray("ids");
                for (int id : w.ids()) {
                    wordIds.add(id);
                }
            }
        }
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(json));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
