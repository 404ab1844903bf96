-- The workbench's open verzoeken without a gemeente filter (its default) and the verzoek signals read
-- WHERE status IN ('ONDERHANDEN', 'IN_ONDERZOEK'): verzoek_open starts with gemeente and cannot serve them, so they
-- read every verzoek ever recorded, closed ones too. Written for both H2 and PostgreSQL.
CREATE INDEX verzoek_status ON verzoek (status, aanbieder);
