package nl.iwmohub.ggk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the envelopes in the outbox to the GGk's endpoint (iwmo.ggk.endpoint) as SOAP 1.1 calls of its
 * OntvangAsynchroon operations, oldest first, and moves each one that the endpoint accepted (HTTP 200) into the
 * sent folder, keeping its party folder and name. What failed stays in the outbox and is posted again at the next
 * round, unchanged.
 *
 * <p>At least once, never two envelopes for one message. The retransmission window is the time between the GGk's
 * HTTP 200 and the move into the sent folder (a rename on the same file system): a hub stopped or killed there
 * posts that envelope once more after its restart. That is safe because what is posted again is the same file:
 * the same bytes under the same referentienummer and tijdstipBericht, since an envelope is made once and stored
 * before it is written ({@link GgkOutbound}). StUF's end nodes (S7 §4.4, README §7.5 of stuf-ggk) treat exactly
 * that as a retransmission: acknowledged again, not processed twice; our own inbound does the same
 * ({@link Inbound.Retransmission}). A new referentienummer is never made for a message already sent. The other
 * way a sent envelope could come back, the outbox writing it again after a stop between its write and its mark
 * as written, is closed here: an envelope whose identical copy is already in the sent folder was accepted, so it is
 * removed from the outbox without being posted.
 */
public final class GgkSender {
    private static final Logger LOG = LoggerFactory.getLogger(GgkSender.class);
    private final Path outbox;
    private final Path sent;
    private final URI endpoint;
    private final HttpClient client;

    public GgkSender(Path outbox, Path sent, URI endpoint, HttpClient client) {
        this.outbox = outbox;
        this.sent = sent;
        this.endpoint = endpoint;
        this.client = client;
    }

    /** One round: every envelope waiting in the outbox; returns how many were accepted. */
    public synchronized int sendPending() {
        int accepted = 0;
        for (Path file : waiting()) {
            try {
                byte[] envelope = Files.readAllBytes(file);
                Path target = sent.resolve(outbox.relativize(file));
                if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), envelope)) {
                    LOG.info("{} was accepted by the GGk before (its copy is in the sent folder); not posted again",
                            file.getFileName());
                    Files.delete(file);
                    continue;
                }
                HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"" + action(file.getFileName().toString()) + "\"")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Soap.envelope(envelope))).build();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    LOG.warn("the GGk refused {} (HTTP {}); it is posted again at the next round", file.getFileName(),
                            response.statusCode());
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.move(file, nl.iwmohub.outbox.Outbox.uniqueTarget(target.getParent(), target.getFileName().toString()),
                        StandardCopyOption.ATOMIC_MOVE);
                accepted++;
            } catch (IOException e) {
                LOG.warn("{} could not be posted to the GGk ({}); it is posted again at the next round", file.getFileName(),
                        e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return accepted;
            }
        }
        return accepted;
    }

    private List<Path> waiting() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(outbox)) return files;
        try (Stream<Path> walk = Files.walk(outbox, 2)) {
            walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("(Di01|Du01|Fo01)_[^/]*\\.xml"))
                    .forEach(files::add);
        } catch (IOException e) {
            LOG.warn("cannot list the outbox {}: {}", outbox, e.getMessage());
        }
        files.sort(Comparator.comparing(GgkSender::modified).thenComparing(Path::toString));
        return files;
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String action(String name) {
        if (name.startsWith("Di01_")) return Ggk.SOAP_ACTION_DI01;
        if (name.startsWith("Du01_")) return Ggk.SOAP_ACTION_DU01;
        return Ggk.SOAP_ACTION_FO01;
    }
}
