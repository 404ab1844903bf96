-- The state the processing core consults (issue 3). Written for both H2 and PostgreSQL.

-- IV013: the most recent toewijzing is the one with the latest Toewijzingsdatum and Toewijzingstijd.
ALTER TABLE toegewezen_product ADD COLUMN toewijzingstijd TIME;
CREATE INDEX toegewezen_product_client ON toegewezen_product (gemeente, aanbieder, bsn);

-- A start or stop aanlevering is actueel until a later one with the same key changes (2) or removes (3) it.
-- Rows are never deleted: a status-3 aanlevering is stored too, as not actueel, so the history stays.
ALTER TABLE start_product ADD COLUMN actueel BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE stop_product ADD COLUMN actueel BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX start_product_client ON start_product (gemeente, aanbieder, bsn);
CREATE INDEX stop_product_client ON stop_product (gemeente, aanbieder, bsn);

-- A declaratie rejected as a whole (a fault in the class Declaratie, e.g. 9333) counts as not sent (IV087):
-- its DeclaratieNummer and ReferentieNummers stay free.
ALTER TABLE declaratie ADD COLUMN afgewezen BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX declaratie_periode ON declaratie (aanbieder, gemeente, periode_begin);

-- ToewijzingNummers are unique per gemeente (TR332), so earlier prestaties are found by gemeente and number.
ALTER TABLE prestatie ADD COLUMN gemeente VARCHAR(4);
ALTER TABLE prestatie ADD COLUMN verwerkt BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX prestatie_gemeente_toewijzing ON prestatie (gemeente, toewijzing_nummer);
CREATE INDEX prestatie_vorig_referentie ON prestatie (aanbieder, vorig_referentie_nummer);

-- For auditors: the reason in Dutch and what the element was checked against (toewijzing, contract tariff).
ALTER TABLE bevinding ADD COLUMN toelichting_nl VARCHAR(4000);
ALTER TABLE bevinding ADD COLUMN toewijzing VARCHAR(1000);
ALTER TABLE bevinding ADD COLUMN tarief VARCHAR(1000);
