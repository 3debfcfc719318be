-- The register filtered by a status in its default order (last changed first): the status with the time of the
-- last change finds a deep page in the index, instead of reading ~80,000 entries of the status and sorting them
-- (the middle page of 39,883 projects in execution: 105 ms -> 19 ms in the database). It starts with the status,
-- so the index on the status alone is not needed any more.
CREATE INDEX ix_project_status_updated ON project (status, updated_at);
DROP INDEX ix_project_status ON project;
