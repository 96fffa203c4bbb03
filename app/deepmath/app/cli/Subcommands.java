package deepmath.app.cli;

import java.util.List;

/** The subcommands of {@code deepmath-lab}; each lab adds its own here. */
final class Subcommands {
    private Subcommands() {
    }

    static List<Object> all() {
        return List.of(
                new GuiCommand(),
                new BenchCommand(),
                new EvalCommand(),
                new RenderCommand(),
                new DescentCommand(),
                new NetCommand(),
                new TokenizeCommand(),
                new BpeCommand(),
                new EmbedCommand(),
                new AttentionCommand(),
                new GenerateCommand(),
                new ModelsCommand(),
                new DataCommand(),
                new ModelCommand(),
                new ConvCommand(),
                new ProbCommand(),
                new TensorCommand(),
                new LinalgCommand(),
                new PositionsCommand(),
                new DigitsCommand(),
                new Gpt2TrainCommand(),
                new PresetsCommand(),
                new LexiconCommand());
    }
}
