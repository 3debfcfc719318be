-- When anything of a project's row last changed, set by the database itself on every update that changes a value
-- (a report's current figures, a rating, a baseline, an edit), unlike updated_at, which says when the project's
-- own fields were last edited. A held public list page is still current while the changed_at of each of its
-- projects is (org.tablero.publication.PublicPortfolio#projectSlice), so one project's new report does not make
-- every page be computed again (issue #5).
ALTER TABLE project ADD COLUMN changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
  ON UPDATE CURRENT_TIMESTAMP(6);

-- The public data version reads the newest change.
CREATE INDEX ix_project_changed ON project (changed_at);
