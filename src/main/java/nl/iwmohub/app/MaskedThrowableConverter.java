package nl.iwmohub.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.iwmohub.bericht.Privacy;

/** Stack traces with BSN-shaped numbers masked: exception messages may quote message content. */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Privacy.maskBsns(super.convert(event));
    }
}
