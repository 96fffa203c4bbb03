package deepmath.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The lab's whole logging configuration, found by Logback through {@code ServiceLoader}
 * ({@code META-INF/services/ch.qos.logback.classic.spi.Configurator}). It replaces a {@code logback.xml}: reading
 * that XML (Joran's parser and model classes) cost about 0.4 s of CPU before the window's first frame. What it sets:
 * <ul>
 * <li>everything on stderr, so that the command line's stdout stays clean JSON/CSV;</li>
 * <li>root at WARN, or the level named by the system property (or environment variable) {@code deepmath.log.level};</li>
 * <li>ND4J and JavaCPP (chatty at INFO) at WARN; JavaFX and java.util.prefs at ERROR ("Unsupported JavaFX
 * configuration: classes were loaded from 'unnamed module'" is expected: the lab runs from the class path on
 * purpose, one runnable jar beside its lib/ folder);</li>
 * <li>java.util.logging, which arrives through the SLF4J bridge, kept at the same levels (a level-change
 * propagator that resets JUL);</li>
 * <li>Logback's own status messages silenced.</li>
 * </ul>
 * A user's {@code -Dlogback.configurationFile=…} still wins: then this steps aside for Logback's own reading.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    static final String LEVEL_PROPERTY = "deepmath.log.level";
    /** Loggers below the root's level of detail, by name. */
    static final Map<String, Level> QUIETER = Map.of(
            "org.nd4j", Level.WARN,
            "org.bytedeco", Level.WARN,
            "javafx", Level.ERROR,
            "java.util.prefs", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        context.addListener(julLevels);
        julLevels.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel());
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code deepmath.log.level} as a system property, else as an environment variable, else WARN. */
    static Level rootLevel() {
        String named = System.getProperty(LEVEL_PROPERTY, System.getenv(LEVEL_PROPERTY));
        return Level.toLevel(named, Level.WARN);
    }
}
