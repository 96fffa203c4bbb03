package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.gpt.Gpt2Tokenizer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab tokenize --text "..."}: GPT-2's byte-level BPE ids and tokens as JSON. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Cut a text into GPT-2 tokens (byte-level BPE, the real 50 257-token vocabulary) and print",
                "{\"ids\": [...], \"tokens\": [...]} (each token decoded to text)."})
public final class TokenizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The text to tokenise.")
    String text;

    @Option(names = "--vocab", paramLabel = "DIR",
            description = "A folder with its own vocab.json and merges.txt (default: GPT-2's, shipped).")
    Path vocab;

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
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(json));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
