-- The Identificatie of the hub's own messages (IdentificatieRetour of a WMO306/308/316/318 and a WMO325's
-- Identificatie) is drawn from this sequence, one number per processed message, so it does not depend on the other
-- rows the store keeps (an Fo01 of the GGk transport, a quarantined file, a duplicate). A sequence is not rolled
-- back: a retried message may leave a gap, which is allowed (TR056 asks for uniqueness, not for contiguity).
CREATE SEQUENCE identificatie_retour START WITH 1;
