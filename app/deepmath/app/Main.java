package deepmath.app;

import deepmath.app.cli.Cli;

/**
 * Entry point of {@code java -jar deepmath-lab.jar}: no argument starts the lab's window, anything else is
 * a command. A plain class, not the JavaFX {@code Application}: launching one of those straight from the
 * class path fails ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Before any ND4J class loads: JavaCPP must log through SLF4J, not print on stdout.
        System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        // JavaFX and java.util.prefs log through java.util.logging: route it to the same place as the rest.
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        if (args.length == 0) {
            DeepMathApp.launchWindow(new String[0]);
            return;
        }
        int exitCode = Cli.run(args);
        // A figure command leaves the JavaFX toolkit running (see FigureRenderer.render); stop it before the
        // JVM's shutdown, which would otherwise print its teardown race on stderr.
        deepmath.app.function.FigureRenderer.stopToolkit();
        System.exit(exitCode);
    }
}
