-- The workbench (issue 11): what each judged prestatie was checked against, granted or not: the toewijzing version
-- and the contract's tariff row, as the findings describe them. NULL for prestaties stored before this version
-- (the workbench then shows what the findings say) and for prestaties that were not judged. Both H2 and PostgreSQL.
ALTER TABLE prestatie ADD COLUMN getoetst_toewijzing VARCHAR(1000);
ALTER TABLE prestatie ADD COLUMN getoetst_tarief VARCHAR(1000);
