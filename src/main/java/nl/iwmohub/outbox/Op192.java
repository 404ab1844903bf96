package nl.iwmohub.outbox;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * iStandaarden rule OP192 for every iWmo message the hub sends: XML 1.0, UTF-8 without BOM, lines ending in
 * CR LF. A message handed to the hub in another form (a back office's WMO301 in UTF-16 with a BOM, say) is
 * rewritten to that form: decoded by its BOM or declared encoding, the declaration's encoding set to UTF-8, line
 * ends made CR LF. Its XML content is unchanged: a parser sees the same characters (it turns every line end
 * into LF anyway). What cannot be rewritten without changing the content (XML 1.1, bytes that are not text in
 * their encoding) is refused with the reason.
 */
public final class Op192 {
    private static final Pattern DECLARATION = Pattern.compile("^<\\?xml\\s[^>]*?\\?>");
    private static final Pattern VERSION = Pattern.compile("version\\s*=\\s*([\"'])([^\"']*)\\1");
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*([\"'])([^\"']*)\\1");

    private Op192() {}

    /** Why {@code xml} cannot be sent under OP192, or null when it can (after {@link #normalise}). */
    public static String refusal(byte[] xml) {
        try {
            normalise(xml);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** {@code xml} as XML 1.0 in UTF-8 without BOM with CR LF line ends; the same array when it is so already. */
    public static byte[] normalise(byte[] xml) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(xml, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(xml, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(xml, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(xml, 0x00, '<')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(xml, '<', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declaredCharset(xml);
        }
        String text = decode(xml, skip, charset);
        Matcher d = DECLARATION.matcher(text);
        if (d.find()) {
            String declaration = d.group();
            Matcher v = VERSION.matcher(declaration);
            if (v.find() && !"1.0".equals(v.group(2))) {
                throw new IllegalArgumentException("OP192: the message is XML " + v.group(2) + "; only XML 1.0 may be sent");
            }
            Matcher e = ENCODING.matcher(declaration);
            if (e.find() && !"UTF-8".equals(e.group(2))) {
                text = declaration.substring(0, e.start(2)) + "UTF-8" + declaration.substring(e.end(2)) + text.substring(d.end());
            }
        }
        String crlf = text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
        byte[] out = crlf.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.equals(out, xml) ? xml : out;
    }

    /** The encoding an ASCII-compatible document declares; UTF-8 when it declares none. */
    private static Charset declaredCharset(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1);
        Matcher d = DECLARATION.matcher(head);
        if (!d.find()) return StandardCharsets.UTF_8;
        Matcher e = ENCODING.matcher(d.group());
        if (!e.find()) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(e.group(2));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException x) {
            throw new IllegalArgumentException("OP192: the declared encoding " + e.group(2) + " is unknown");
        }
    }

    private static String decode(byte[] xml, int skip, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(xml, skip, xml.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("OP192: the message is not text in its encoding " + charset.name());
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
