-- The estimated cost per fiscal year of the projects that have a cost in a given year (active_year), by the
-- classification a project keeps until it is edited (category, tier, funding source). The portfolio's breakdown by
-- fiscal year reads it instead of the yearly costs of the filtered projects whenever the filter is made of these
-- dimensions and a fiscal year, nationally: a click on a year of the chart summed ~280,000 yearly costs (0.46 s).
-- Its diagonal (active_year = fiscal_year) is each year's total, so it replaces V16's cost_year_total. Kept in the
-- transaction that changes a project's costs or classification (ProjectRepository).
CREATE TABLE cost_year_cube (
  active_year    INT            NOT NULL,
  fiscal_year    INT            NOT NULL,
  category       VARCHAR(40)    NOT NULL,
  tier           VARCHAR(20)    NOT NULL,
  funding_source VARCHAR(40)    NOT NULL,
  projects       INT            NOT NULL,
  capital_cost   DECIMAL(19,2)  NOT NULL,
  operating_cost DECIMAL(19,2)  NOT NULL,
  PRIMARY KEY (active_year, fiscal_year, category, tier, funding_source)
);
/* [jooq ignore start] */
INSERT INTO cost_year_cube (active_year, fiscal_year, category, tier, funding_source, projects, capital_cost,
    operating_cost)
  SELECT active.fiscal_year, cost.fiscal_year, p.category, p.tier, p.funding_source, COUNT(*), SUM(cost.capital_cost),
      SUM(cost.operating_cost)
  FROM project_cost_year active
  JOIN project_cost_year cost ON cost.project_id = active.project_id
  JOIN project p ON p.id = active.project_id
  GROUP BY active.fiscal_year, cost.fiscal_year, p.category, p.tier, p.funding_source;
/* [jooq ignore stop] */
DROP TABLE cost_year_total;
