-- Summaries for the workbench (issue 11): the overview and the productie read these instead of aggregating
-- millions of prestaties at every request. The processing writes them in the transaction that stores the
-- declaratie and its findings (store.Totalen), with the same statements as below; rows are per declaratie,
-- so they are only ever inserted. Written for both H2 and PostgreSQL.

-- Per declaratie: its prestaties by month of the ProductPeriode, product, debet/credit and verdict.
CREATE TABLE prestatie_totaal (
    declaratie_id     BIGINT      NOT NULL REFERENCES declaratie (id),
    gemeente          VARCHAR(4)  NOT NULL,
    aanbieder         VARCHAR(8)  NOT NULL,
    periode_jaar      INTEGER     NOT NULL,  -- the DeclaratiePeriode's month
    periode_maand     INTEGER     NOT NULL,
    prestatie_jaar    INTEGER     NOT NULL,  -- the month in which the prestatie's ProductPeriode begins
    prestatie_maand   INTEGER     NOT NULL,
    productcategorie  VARCHAR(2)  NOT NULL,
    productcode       VARCHAR(5)  NOT NULL,
    debet_credit      VARCHAR(1)  NOT NULL,
    toegekend         BOOLEAN     NOT NULL,
    afgewezen_geheel  BOOLEAN     NOT NULL,  -- the declaratie was rejected as a whole
    aantal            BIGINT      NOT NULL,
    bedrag            BIGINT      NOT NULL   -- eurocent, the IngediendBedrag as declared (not signed)
);
CREATE INDEX prestatie_totaal_declaratie ON prestatie_totaal (declaratie_id);

-- Per declaratie: how often each retourcode was found in its message.
CREATE TABLE retourcode_totaal (
    declaratie_id     BIGINT      NOT NULL REFERENCES declaratie (id),
    gemeente          VARCHAR(4)  NOT NULL,
    aanbieder         VARCHAR(8)  NOT NULL,
    periode_jaar      INTEGER     NOT NULL,
    periode_maand     INTEGER     NOT NULL,
    retourcode        VARCHAR(4)  NOT NULL,
    aantal            BIGINT      NOT NULL
);
CREATE INDEX retourcode_totaal_declaratie ON retourcode_totaal (declaratie_id);

-- The declaraties stored before this version.
INSERT INTO prestatie_totaal (declaratie_id, gemeente, aanbieder, periode_jaar, periode_maand, prestatie_jaar,
        prestatie_maand, productcategorie, productcode, debet_credit, toegekend, afgewezen_geheel, aantal, bedrag)
    SELECT d.id, d.gemeente, d.aanbieder, EXTRACT(YEAR FROM d.periode_begin), EXTRACT(MONTH FROM d.periode_begin),
           EXTRACT(YEAR FROM p.begindatum), EXTRACT(MONTH FROM p.begindatum), p.productcategorie, p.productcode,
           p.debet_credit, p.toegekend, d.afgewezen, COUNT(*), SUM(p.ingediend_bedrag)
    FROM prestatie p JOIN declaratie d ON d.id = p.declaratie_id
    GROUP BY d.id, d.gemeente, d.aanbieder, EXTRACT(YEAR FROM d.periode_begin), EXTRACT(MONTH FROM d.periode_begin),
             EXTRACT(YEAR FROM p.begindatum), EXTRACT(MONTH FROM p.begindatum), p.productcategorie, p.productcode,
             p.debet_credit, p.toegekend, d.afgewezen;
INSERT INTO retourcode_totaal (declaratie_id, gemeente, aanbieder, periode_jaar, periode_maand, retourcode, aantal)
    SELECT d.id, d.gemeente, d.aanbieder, EXTRACT(YEAR FROM d.periode_begin), EXTRACT(MONTH FROM d.periode_begin),
           b.retourcode, COUNT(*)
    FROM bevinding b JOIN declaratie d ON d.bericht_id = b.bericht_id
    WHERE b.retourcode IS NOT NULL
    GROUP BY d.id, d.gemeente, d.aanbieder, EXTRACT(YEAR FROM d.periode_begin), EXTRACT(MONTH FROM d.periode_begin),
             b.retourcode;
