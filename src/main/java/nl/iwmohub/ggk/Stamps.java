package nl.iwmohub.ggk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * New referentienummers (random UUID version 4, lowercase, as the XSD demands) and tijdstipBericht values:
 * 17 digits (yyyyMMddHHmmssSSS, Europe/Amsterdam; the sources name no time zone), strictly increasing for
 * this hub (StUF §4.3.2): a value that would not be later than the last one is the last one plus 1 ms.
 */
public final class Stamps {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private final Clock clock;
    private long last;

    /** {@code lastSent}: the latest tijdstipBericht sent before (from the store), or null. */
    public Stamps(Clock clock, String lastSent) {
        this.clock = clock;
        this.last = lastSent == null || !lastSent.matches("[0-9]{17}") ? Long.MIN_VALUE
                : LocalDateTime.parse(lastSent, FORMAT).atZone(ZONE).toInstant().toEpochMilli();
    }

    public static String referentienummer() {
        return UUID.randomUUID().toString();
    }

    public synchronized String tijdstipBericht() {
        long now = clock.millis();
        last = now > last ? now : last + 1;
        return FORMAT.format(Instant.ofEpochMilli(last).atZone(ZONE));
    }
}
