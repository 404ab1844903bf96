package nl.iwmohub.read;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.bericht.BerichtType;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads one file in a single secure pass: identifies the message by the namespace of its root element,
 * validates it against the project's XSD collecting every error with line, column and element, captures the
 * Header and builds the generated model. The file's bytes are never interpreted before the size check.
 */
public final class BerichtReader {
    private final Schemas schemas;
    private final long maxFileSize;
    private final int maxXsdErrors;
    private final long budgetMs;

    public BerichtReader(Schemas schemas, long maxFileSize, int maxXsdErrors) {
        this(schemas, maxFileSize, maxXsdErrors, 0);
    }

    /** {@code budgetMs}: the most time reading one file may take (0: no limit); a file over it is quarantined. */
    public BerichtReader(Schemas schemas, long maxFileSize, int maxXsdErrors, long budgetMs) {
        this.schemas = schemas;
        this.maxFileSize = maxFileSize;
        this.maxXsdErrors = maxXsdErrors;
        this.budgetMs = budgetMs;
    }

    /** A file of this many bytes is refused without being read. */
    public boolean tooLarge(long size) {
        return size > maxFileSize;
    }

    public ReadResult.Quarantine refuseTooLarge(long size) {
        return new ReadResult.Quarantine("the file is larger than the maximum of " + maxFileSize + " bytes ("
                + size + " bytes); it was not read", List.of());
    }

    public ReadResult read(String fileName, byte[] raw) {
        return read(fileName, raw, null);
    }

    /** As {@link #read(String, byte[])}, with the SHA-256 of {@code raw} when the caller has it already. */
    public ReadResult read(String fileName, byte[] raw, String knownSha256) {
        return read(fileName, raw, knownSha256, true);
    }

    /** {@code judgeLongValues} false: every value goes to the validator as it is (only to compare verdicts). */
    ReadResult read(String fileName, byte[] raw, String knownSha256, boolean judgeLongValues) {
        if (raw.length == 0) {
            return new ReadResult.Quarantine("the file is empty", List.of());
        }
        if (tooLarge(raw.length)) return refuseTooLarge(raw.length);
        XMLReader reader = SecureXml.threadXmlReader();
        ValidatingHandler handler = new ValidatingHandler(schemas, maxXsdErrors, budgetMs, judgeLongValues);
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler.parseErrors());
        try {
            try {
                reader.parse(new InputSource(new ByteArrayInputStream(raw)));
            } finally {
                SecureXml.release(reader);
            }
        } catch (ValidatingHandler.NotIwmo e) {
            return new ReadResult.Quarantine("not an iWmo 3.2 message: " + e.getMessage(), List.of());
        } catch (ValidatingHandler.OverBudget e) {
            return new ReadResult.Quarantine("the file could not be read within its budget: " + e.getMessage(), List.of());
        } catch (ValidatingHandler.TooManyErrors e) {
            return new ReadResult.XsdInvalid(handler.type(), handler.header(), handler.errors(), true);
        } catch (SAXParseException e) {
            String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
            return new ReadResult.Quarantine(parseFailure(e), List.of(where));
        } catch (SAXException | IOException e) {
            return new ReadResult.Quarantine("the file cannot be read as XML", List.of(String.valueOf(e.getMessage())));
        }
        if (handler.type() == null) {
            return new ReadResult.Quarantine("the file holds no XML element", List.of());
        }
        if (!handler.errors().isEmpty()) {
            return new ReadResult.XsdInvalid(handler.type(), handler.header(), handler.errors(), false);
        }
        Object root = unwrap(handler.unmarshallerHandler());
        BerichtHeader header = toHeader(handler.type(), handler.header());
        String sha = knownSha256 != null ? knownSha256 : sha256(raw);
        return new ReadResult.Readable(new ReceivedBericht(fileName, raw, sha, handler.type(), header, root));
    }

    /** A plain reason for an operator; the parser's own words follow in the details. */
    private static String parseFailure(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "the file has a DOCTYPE; iWmo messages have none, and the hub never reads DTDs or entities";
        }
        if (message.contains("maxElementDepth") || message.contains("depth")) {
            return "the file nests elements deeper than " + SecureXml.MAX_DEPTH + " levels";
        }
        return "the file is not well-formed XML";
    }

    private static Object unwrap(UnmarshallerHandler handler) {
        try {
            Object result = handler.getResult();
            return result instanceof JAXBElement<?> element ? element.getValue() : result;
        } catch (JAXBException e) {
            throw new IllegalStateException("the model could not be built from a schema-valid message", e);
        }
    }

    private static BerichtHeader toHeader(BerichtType type, HeaderFields fields) {
        LocalDate dagtekening;
        try {
            dagtekening = LocalDate.parse(fields.dagtekening().trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("a schema-valid Dagtekening is not a date: " + fields.dagtekening(), e);
        }
        return new BerichtHeader(type, trim(fields.afzender()), trim(fields.ontvanger()), fields.identificatie(),
                dagtekening, trim(fields.basisschemaXsdVersie()), trim(fields.berichtXsdVersie()));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    public static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(byte[] raw) {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
