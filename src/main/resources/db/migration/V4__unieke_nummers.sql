-- Numbers the core requires to be unique across gemeente-aanbieder pairs, which lanes process in parallel:
-- a primary key makes the second of two racing messages fail its transaction, and the hub runs it again, when
-- the rule sees the first (as gebruikte_identificatie does for TR056).

-- TR314: a ReferentieNummer is used once per aanbieder, over all its gemeenten.
CREATE TABLE gebruikt_referentienummer (
    aanbieder          VARCHAR(8)  NOT NULL,
    referentie_nummer  VARCHAR(20) NOT NULL,
    bericht_id         BIGINT      NOT NULL REFERENCES bericht (id),
    PRIMARY KEY (aanbieder, referentie_nummer)
);

-- TR333: a DeclaratieNummer is used once per aanbieder (by a declaratie not rejected as a whole).
CREATE TABLE gebruikt_declaratienummer (
    aanbieder          VARCHAR(8)  NOT NULL,
    declaratie_nummer  VARCHAR(12) NOT NULL,
    bericht_id         BIGINT      NOT NULL REFERENCES bericht (id),
    PRIMARY KEY (aanbieder, declaratie_nummer)
);

-- TR332: a ToewijzingNummer belongs to one client, aanbieder and product of its gemeente (its first version).
CREATE TABLE toewijzingnummer_van (
    gemeente           VARCHAR(4)  NOT NULL,
    toewijzing_nummer  BIGINT      NOT NULL,
    bericht_id         BIGINT      NOT NULL REFERENCES bericht (id),
    PRIMARY KEY (gemeente, toewijzing_nummer)
);

INSERT INTO gebruikt_referentienummer (aanbieder, referentie_nummer, bericht_id)
    SELECT p.aanbieder, p.referentie_nummer, MIN(d.bericht_id) FROM prestatie p JOIN declaratie d ON d.id = p.declaratie_id
    WHERE p.verwerkt = TRUE GROUP BY p.aanbieder, p.referentie_nummer;
INSERT INTO gebruikt_declaratienummer (aanbieder, declaratie_nummer, bericht_id)
    SELECT aanbieder, declaratie_nummer, MIN(bericht_id) FROM declaratie WHERE afgewezen = FALSE
    GROUP BY aanbieder, declaratie_nummer;
INSERT INTO toewijzingnummer_van (gemeente, toewijzing_nummer, bericht_id)
    SELECT gemeente, toewijzing_nummer, MIN(bericht_id) FROM toegewezen_product GROUP BY gemeente, toewijzing_nummer;
