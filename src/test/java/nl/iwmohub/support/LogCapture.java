package nl.iwmohub.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything logged to one logger (and below it) while open: the events, their messages, and the text as the
 * hub's console appender writes it (its own encoder: masking and escaping included), for tests that check what
 * reaches the log.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final List<ILoggingEvent> events = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final AppenderBase<ILoggingEvent> appender;

    private LogCapture(Logger logger) {
        this.logger = logger;
        Encoder<ILoggingEvent> encoder = consoleEncoder();
        appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                synchronized (events) {
                    events.add(event);
                    if (encoder != null) text.append(new String(encoder.encode(event), StandardCharsets.UTF_8));
                }
            }
        };
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        logger.addAppender(appender);
    }

    /** Everything the hub logs. */
    public static LogCapture all() {
        return of(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** What one class logs. */
    public static LogCapture of(Class<?> type) {
        return of(type.getName());
    }

    private static LogCapture of(String name) {
        return new LogCapture((Logger) LoggerFactory.getLogger(name));
    }

    public List<ILoggingEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** The formatted messages, in order. */
    public List<String> messages() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The log as the console appender writes it. */
    public String text() {
        synchronized (events) {
            return text.toString();
        }
    }

    @SuppressWarnings("unchecked")
    private static Encoder<ILoggingEvent> consoleEncoder() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        return root.getAppender("STDOUT") instanceof OutputStreamAppender<?> console
                ? ((OutputStreamAppender<ILoggingEvent>) console).getEncoder() : null;
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
