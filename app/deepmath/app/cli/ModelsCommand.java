package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.hub.CachedModels;
import deepmath.hub.HubPull;
import deepmath.hub.HubSettings;
import deepmath.hub.ModelRepo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab models pull|list}: GPT-2 repositories from the Hugging Face Hub, in the shared cache. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"GPT-2 models from the Hugging Face Hub, kept in the cache transformers uses",
                "($HF_HUB_CACHE, else $HF_HOME/hub, else ~/.cache/huggingface/hub).",
                "  models pull gpt2 [--revision main] [--endpoint URL]",
                "  models list"},
        subcommands = {ModelsCommand.Pull.class, ModelsCommand.ListModels.class})
public final class ModelsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("give a subcommand: pull or list (see 'deepmath-lab models --help')");
    }

    static HubSettings settings(String endpoint, Path cache) {
        HubSettings settings = HubSettings.fromEnvironment();
        if (endpoint != null) {
            settings = settings.withEndpoint(endpoint);
        }
        return cache == null ? settings : settings.withCache(cache);
    }

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {"Download config.json, model.safetensors and the tokenizer files of a GPT-2 repository",
                    "(gpt2, distilgpt2, gpt2-medium, ...) into the cache; a cut download resumes when run again.",
                    "Progress goes to stderr; the snapshot folder is printed on stdout.",
                    "HF_TOKEN: token for gated or private repos; HF_HUB_OFFLINE=1: only what is cached."})
    static final class Pull implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "REPO", description = "A repository id, e.g. gpt2 or openai-community/gpt2.")
        String repo;

        @Option(names = "--revision", paramLabel = "REV", defaultValue = "main",
                description = "Branch, tag or commit (default: ${DEFAULT-VALUE}).")
        String revision;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "The Hub (default: $HF_ENDPOINT, else https://huggingface.co).")
        String endpoint;

        @Option(names = "--cache", paramLabel = "DIR", description = "The hub cache folder (default: as huggingface_hub).")
        Path cache;

        @Override
        public Integer call() throws IOException {
            ModelRepo model = new ModelRepo(repo, revision);
            PrintWriter err = spec.commandLine().getErr();
            Path snapshot = new HubPull(settings(endpoint, cache)).pull(model, new StepPrinter(err));
            spec.commandLine().getOut().println(snapshot);
            spec.commandLine().getOut().flush();
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"What the cache holds, as JSON: {\"cache\", \"models\": [{\"repo\", \"bytes\", \"folder\",",
                    "\"snapshots\": [{\"commit\", \"refs\", \"files\", \"complete\"}]}]}."})
    static final class ListModels implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--cache", paramLabel = "DIR", description = "The hub cache folder (default: as huggingface_hub).")
        Path cache;

        @Override
        public Integer call() throws IOException {
            if (cache != null && Files.exists(cache) && !Files.isDirectory(cache)) {
                throw new BadInputException("--cache " + cache + " is a file, not a folder");
            }
            HubSettings settings = settings(null, cache);
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode json = mapper.createObjectNode();
            json.put("cache", settings.cache().hub().toString());
            ArrayNode models = json.putArray("models");
            for (CachedModels.Model m : CachedModels.list(settings.cache())) {
                ObjectNode node = models.addObject();
                node.put("repo", m.repo());
                node.put("bytes", m.bytes());
                node.put("folder", m.folder().toString());
                ArrayNode snapshots = node.putArray("snapshots");
                for (CachedModels.Snapshot s : m.snapshots()) {
                    ObjectNode sn = snapshots.addObject();
                    sn.put("commit", s.commit());
                    s.refs().forEach(sn.putArray("refs")::add);
                    s.files().forEach(sn.putArray("files")::add);
                    sn.put("complete", s.complete());
                }
            }
            spec.commandLine().getOut().println(mapper.writeValueAsString(json));
            spec.commandLine().getOut().flush();
            return Cli.OK;
        }
    }

    /** Progress on stderr: a line each 5 %, not one per chunk (the last status line the model layer gave). */
    static final class StepPrinter implements Progress {
        private static final int STEP = 5;
        private final PrintWriter err;
        private int printed = -1;
        private int percent;
        private boolean transferring;

        StepPrinter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void update(double done, double total) {
            transferring = total > 0;
            percent = transferring ? (int) Math.floor(100 * done / total) : 0;
        }

        @Override
        public synchronized void message(String text) {
            int step = percent / STEP;
            // Only the transfer's lines: before it ("asking the Hub") an error should stay the one line printed.
            if (transferring && step != printed) {
                printed = step;
                err.println(percent + "% " + text);
                err.flush();
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
