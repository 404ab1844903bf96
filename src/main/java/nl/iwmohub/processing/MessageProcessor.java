package nl.iwmohub.processing;

import nl.iwmohub.bericht.Privacy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.retour.ErrorNotice;
import nl.iwmohub.retour.RetourIdentity;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.rules.contract.Phase;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.rules.header.TR056;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.store.StoreException;
import nl.iwmohub.verdict.Beoordeling;
import nl.iwmohub.verdict.Finding;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one XSD-valid message of one type, in one transaction: the XSLT-level rules, then the Header
 * rules of level 3/4, then the type's own handling; stores the message, its findings, its state changes and
 * the messages it causes, and returns them for the outbox. The retour is formed as IV028 / IV087 say.
 */
public final class MessageProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(MessageProcessor.class);
    private static final TR056 TR056 = new TR056();

    private final Hub hub;
    private final Handler handler;

    public MessageProcessor(Hub hub, Handler handler) {
        this.hub = hub;
        this.handler = handler;
    }

    /** Route step for one message type. */
    public ProcessingResult process(ReadResult.Readable readable) {
        return process(readable.bericht());
    }

    public ProcessingResult process(ReceivedBericht b) {
        LocalDate today = hub.today();
        ProcessingResult result;
        try {
            result = hub.database().inTransaction(c -> inTransaction(c, b, today));
        } catch (StoreException e) {
            // in a group the failed statement may have spoilt the shared transaction (PostgreSQL): the group is
            // rolled back and its messages processed one at a time, where this retry then applies
            if (!e.isConstraintViolation() || hub.database().grouped()) throw e;
            // Another lane committed a conflicting message first (the same Identificatie, say): run again,
            // now the rules see that message.
            LOG.info("{} {} lost a race with a parallel message; processing it again", b.type(), b.header().identificatie());
            result = hub.database().inTransaction(c -> inTransaction(c, b, today));
        }
        LOG.info("{} {} from {}: {} ({} finding(s))", b.type(), b.header().identificatie(), b.header().verzender(),
                result.outcome(), result.findings().size());
        return result;
    }

    private ProcessingResult inTransaction(Connection c, ReceivedBericht b, LocalDate today) throws SQLException {
        BerichtHeader h = b.header();
        long berichtId = hub.berichten().insert(c, new BerichtStore.BerichtRecord("IN", b.type().name(), h.afzender(),
                h.ontvanger(), h.identificatie(), h.dagtekening(), b.fileName(), b.sha256(), b.raw(),
                hub.now(), "IN_PROGRESS", null));
        boolean identificatieGebruikt = TR056.appliesTo(b.type())
                && hub.berichten().identificatieUsed(c, h.type().name(), h.verzender(), h.identificatie());
        RuleContext context = new RuleContext(b, today, identificatieGebruikt);
        Judgement judgement = new Judgement(b.type());
        List<Finding> findings = new ArrayList<>();
        for (Phase<RuleContext> phase : List.of(hub.rules().inhoud(), hub.rules().header())) {
            List<Finding> found = judgement.judge(phase, context, "/Bericht");
            if (found != null) findings.addAll(found);
        }
        Handler.Result handled = null;
        if (!judgement.stopped()) {
            handled = handler.handle(c, b, berichtId, today, judgement);
            findings.addAll(handled.findings());
        }
        Beoordeling beoordeling = Beoordeling.of(findings);
        Outcome outcome = outcome(b.type(), beoordeling);
        hub.berichten().insertFindings(c, berichtId, findings, handled == null ? Map.of() : handled.referenties());
        if (handled != null) handler.stored(c, berichtId);
        hub.berichten().setUitkomst(c, berichtId, outcome.name());
        if (outcome != Outcome.REJECTED && TR056.appliesTo(b.type())) {
            hub.berichten().registerIdentificatie(c, b.type().name(), h.verzender(), h.identificatie(), berichtId);
        }

        List<Outgoing> outgoing = new ArrayList<>();
        RetourIdentity identiteit = new RetourIdentity(
                String.format("R%011d", hub.berichten().nextIdentificatieRetour(c)), today);
        retour(b, beoordeling, identiteit, handled).ifPresent(outgoing::add);
        if (handled != null && outcome != Outcome.REJECTED) outgoing.addAll(handled.extraOutgoing());
        if (outcome == Outcome.REJECTED && outgoing.isEmpty()) {
            outgoing.add(rejectionNotice(b, findings));
        }
        outgoing = OutgoingMessages.store(c, hub, berichtId, b.sha256(), identiteit.identificatie(), today, outgoing);
        String reason = handled != null && handled.note() != null ? handled.note() : summary(outcome, findings);
        return new ProcessingResult(b.fileName(), outcome, b.type().name(), h.identificatie(), h.verzender(), reason,
                handled == null ? List.of() : handled.details(), findings, outgoing);
    }

    /** The retour message the hub answers with, if this message type has one that the gemeente sends. */
    private Optional<Outgoing> retour(ReceivedBericht b, Beoordeling beoordeling,
                                                RetourIdentity identiteit, Handler.Result handled) {
        BerichtType type = b.type();
        if (type.richting() != BerichtType.Richting.AANBIEDER_NAAR_GEMEENTE || type.retourType().isEmpty()) {
            return Optional.empty();
        }
        BerichtType retour = type.retourType().get();
        byte[] xml = type == BerichtType.WMO323
                ? hub.antwoordBuilder().build(b, beoordeling, identiteit, handled == null ? 0 : handled.totaalToegekend())
                : hub.retourBuilder().build(b, beoordeling, identiteit);
        hub.messageCheck().checkOutgoing(retour, xml);
        String name = retour + "_" + identiteit.identificatie() + "_" + Outbox.safeName(b.header().identificatie()) + ".xml";
        return Optional.of(new Outgoing(b.header().verzender(), name, retour.name(), xml));
    }

    /** A rejected message that gets no retour from the hub (a WMO301 from the back office): a notice instead. */
    private Outgoing rejectionNotice(ReceivedBericht b, List<Finding> findings) {
        List<String> lines = findings.stream()
                .map(f -> f.rule() + " (" + f.retourCode() + ") at " + f.element() + ": " + f.reason()).toList();
        String text = ErrorNotice.text(b.fileName(), b.type().name(), b.header().identificatie(),
                b.header().verzender(), "Het bericht is afgekeurd en niet verwerkt of doorgestuurd.",
                "The message was rejected; it was not processed or delivered.", lines);
        return new Outgoing(b.header().verzender(), "FOUTMELDING_" + Outbox.safeName(Privacy.fileName(b.fileName())) + ".txt",
                "FOUTMELDING", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Outcome outcome(BerichtType type, Beoordeling beoordeling) {
        return switch (beoordeling.vorm()) {
            case XSLT_AFKEUR, HEADER_AFKEUR -> Outcome.REJECTED;
            // IV032: below the Header a level 3/4 fault rejects the whole message, except in a WMO323, where
            // each prestatie stands alone (IV087) unless the class Declaratie itself is at fault.
            case KLASSE_AFKEUR -> type != BerichtType.WMO323 || beoordeling.codesPerKlasse().containsKey("/Bericht/Declaratie")
                    ? Outcome.REJECTED : Outcome.PARTLY_REJECTED;
            // a retour the hub receives (WMO302, WMO320) is linked to its message and recorded, not answered
            case ZONDER_OPMERKINGEN -> type.heenType().isPresent() ? Outcome.RECORDED : Outcome.ACCEPTED;
        };
    }

    private static String summary(Outcome outcome, List<Finding> findings) {
        if (findings.isEmpty()) return "no remarks";
        return findings.stream().map(f -> f.rule() + "/" + f.retourCode()).distinct()
                .reduce((a, x) -> a + ", " + x).orElse("");
    }
}
