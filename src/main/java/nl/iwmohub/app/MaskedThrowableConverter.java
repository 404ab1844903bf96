package nl.iwmohub.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.iwmohub.bericht.LogText;
import nl.iwmohub.bericht.Privacy;

/**
 * Stack traces with possible BSNs masked (exception messages may quote message content), and every line
 * indented: a line break inside an exception's message (a file name) cannot start a log line of its own.
 */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
        String trace = Privacy.maskPossibleBsns(super.convert(event));
        if (trace.isEmpty()) return trace;
        StringBuilder out = new StringBuilder(trace.length() + 64);
        for (String line : trace.split("\r?\n|\r", -1)) {
            if (line.isEmpty()) continue;
            out.append(line.startsWith("\t") ? "" : "\t").append(LogText.escape(line).replace("\\t", "\t")).append('\n');
        }
        return out.toString();
    }
}
