package nl.iwmohub.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.iwmohub.bericht.Privacy;

/** Logback %msg that masks anything shaped like a BSN: a safety net behind never logging one. */
public final class MaskedMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Privacy.maskBsns(super.convert(event));
    }
}
