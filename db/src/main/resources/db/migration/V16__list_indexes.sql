-- Indexes for the lists that must page fast at national scale (issues #4 and #5), measured on 100,000 generated
-- projects (docs/performance.md).

-- The public project list in its default order, by code: the code with the status covers the public condition, so
-- the ids of every public project come in order from this index alone (40 ms for 97,000; a page 1 ms).
CREATE INDEX ix_project_public_code ON project (code, status);

-- The portfolio's over-budget and late lists: the colour next to the variance lets a deep page be found in the
-- index without reading rows (the last page of 15,000 late projects: 0.13 s -> 0.03 s).
DROP INDEX ix_project_cost_variance ON project;
CREATE INDEX ix_project_cost_variance ON project (cost_variance_pct, cost_colour);
DROP INDEX ix_project_schedule_variance ON project;
CREATE INDEX ix_project_schedule_variance ON project (schedule_variance_days, schedule_colour);

-- The public data version reads the newest change of every table at each request: 3 ms without it.
CREATE INDEX ix_organisation_updated ON organisation (updated_at);

-- The fiscal years with an estimated cost, as bits (year - 2000) of the project row (org.tablero.project.CostYears),
-- so that a drill-down into a fiscal year tests a column of the covering indexes below instead of a semi-join with
-- ~70,000 yearly costs (the national summary of new developments in 2026: 0.47 s).
ALTER TABLE project ADD COLUMN cost_years BIGINT NOT NULL DEFAULT 0;
/* [jooq ignore start] */
UPDATE project SET cost_years = COALESCE((SELECT BIT_OR(1 << (c.fiscal_year - 2000)) FROM project_cost_year c
  WHERE c.project_id = project.id AND c.fiscal_year BETWEEN 2000 AND 2062), 0);
/* [jooq ignore stop] */

-- V14's covering indexes, with the fiscal years.
DROP INDEX ix_project_portfolio_organisation ON project;
CREATE INDEX ix_project_portfolio_organisation ON project (organisation_id, status, category, tier, funding_source,
  cost_colour, cost_variance_pct, schedule_colour, schedule_variance_days, rating, last_report_date,
  execution_started, lifecycle_cost, cost_years);
DROP INDEX ix_project_portfolio_cube ON project;
CREATE INDEX ix_project_portfolio_cube ON project (status, category, tier, funding_source, cost_colour,
  schedule_colour, rating, lifecycle_cost, organisation_id, cost_variance_pct, schedule_variance_days,
  last_report_date, execution_started, cost_years);

-- The portfolio's list of every project, largest first, read backwards along the cost with the filter's columns in
-- the index: a deep page of a filtered list no longer reads a row per project passed (the last page of the projects
-- in execution with a red cost: 0.44 s).
DROP INDEX ix_project_lifecycle_cost ON project;
CREATE INDEX ix_project_lifecycle_cost ON project (lifecycle_cost, status, category, tier, funding_source,
  cost_colour, schedule_colour, rating, organisation_id, cost_years);

-- The estimated cost of every project per fiscal year, kept with the yearly costs in the same transaction
-- (ProjectRepository): the national portfolio's breakdown by fiscal year read all ~400,000 yearly costs (0.19 s).
CREATE TABLE cost_year_total (
  fiscal_year INT NOT NULL,
  projects INT NOT NULL,
  capital_cost DECIMAL(19,2) NOT NULL,
  operating_cost DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (fiscal_year)
);
INSERT INTO cost_year_total (fiscal_year, projects, capital_cost, operating_cost)
  SELECT fiscal_year, COUNT(*), SUM(capital_cost), SUM(operating_cost) FROM project_cost_year GROUP BY fiscal_year;
