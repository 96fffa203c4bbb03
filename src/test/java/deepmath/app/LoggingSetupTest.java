package deepmath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The logging configured in code gives what the lab's {@code logback.xml} gave before it was replaced (kept as
 * {@code logback-before-issue-23.xml}, read here by Logback's own XML reader): the same levels, one stderr appender
 * with the same pattern, JUL levels propagated; and it is the configuration this JVM actually runs.
 */
class LoggingSetupTest {
    private static final List<String> LOGGERS = List.of("org.nd4j", "org.bytedeco", "javafx", "java.util.prefs",
            "org.nd4j.linalg.factory", "deepmath.app", "ROOT");

    @Test
    void sameLevelsAndAppenderAsTheFormerXml() throws Exception {
        LoggerContext fromXml = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(fromXml);
        joran.doConfigure(getClass().getResource("logback-before-issue-23.xml"));
        LoggerContext fromCode = new LoggerContext();
        new LoggingSetup().configure(fromCode);
        for (String name : LOGGERS) {
            assertEquals(fromXml.getLogger(name).getEffectiveLevel(), fromCode.getLogger(name).getEffectiveLevel(), name);
        }
        assertEquals(Level.WARN, fromCode.getLogger("ROOT").getLevel());
        assertEquals(Level.ERROR, fromCode.getLogger("javafx.scene").getEffectiveLevel());
        assertEquals(describe(stderr(fromXml)), describe(stderr(fromCode)));
        assertEquals(fromXml.getCopyOfListenerList().stream().map(Object::getClass).toList(),
                fromCode.getCopyOfListenerList().stream().map(Object::getClass).toList());
        assertInstanceOf(LevelChangePropagator.class, fromCode.getCopyOfListenerList().get(0));
    }

    @Test
    void thisJvmIsConfiguredByLoggingSetup() {
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        ConsoleAppender<ILoggingEvent> appender = stderr(running);
        assertEquals("System.err", appender.getTarget());
        assertEquals(LoggingSetup.PATTERN, ((PatternLayoutEncoder) appender.getEncoder()).getPattern());
        assertEquals(Level.ERROR, running.getLogger("javafx").getLevel());
        // the bridge's side: java.util.logging's "javafx" logger was set to the matching JUL level
        assertEquals(java.util.logging.Level.SEVERE, java.util.logging.Logger.getLogger("javafx").getLevel());
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context) {
        Appender<ILoggingEvent> appender = context.getLogger("ROOT").getAppender("STDERR");
        assertNotNull(appender, "no STDERR appender on the root logger");
        assertTrue(appender.isStarted());
        @SuppressWarnings("unchecked")
        ConsoleAppender<ILoggingEvent> console = assertInstanceOf(ConsoleAppender.class, appender);
        return console;
    }

    private static String describe(ConsoleAppender<ILoggingEvent> appender) {
        return appender.getClass().getName() + " " + appender.getTarget() + " "
                + ((PatternLayoutEncoder) appender.getEncoder()).getPattern();
    }
}
