package nl.iwmohub.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.iwmohub.bericht.LogText;
import nl.iwmohub.bericht.Privacy;

/**
 * Logback %msg: control characters escaped, so that a file name with a line break cannot write a log line of its
 * own; nine-digit numbers that pass the elfproef masked, a safety net behind masking at the source.
 */
public final class MaskedMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LogText.escape(Privacy.maskPossibleBsns(super.convert(event)));
    }
}
