-- What a round judged: the assessments as they stood when the project was submitted (JSON), kept with the
-- round forever, so that a later change by the owner never rewrites what the reviewers saw.
ALTER TABLE review_round ADD COLUMN assessments LONGTEXT NULL;
