-- Delivery monitoring (domain.md, "Delivery monitoring"): the baseline fixed at approval, milestones, monthly
-- progress reports with their computed variance, the digital authority's monthly rating, rebaseline change
-- requests, KPIs, user-experience measures and closure.

-- The approved plan. Number 1 is fixed when the project is approved; each approved rebaseline adds the next
-- number. Old baselines are never changed or deleted.
CREATE TABLE baseline (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  project_id         BIGINT         NOT NULL,
  number             INT            NOT NULL,
  cost               DECIMAL(19,2)  NOT NULL,
  start_date         DATE           NOT NULL,
  end_date           DATE           NOT NULL,
  reason             TEXT           NULL,
  fixed_by           BIGINT         NULL,
  fixed_at           DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_baseline_number UNIQUE (project_id, number),
  CONSTRAINT fk_baseline_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_baseline_fixed_by FOREIGN KEY (fixed_by) REFERENCES app_user (id)
);

-- Milestones of the plan with their planned dates; the owner keeps them while the project can be edited, and a
-- rebaseline may move their planned dates. Actual dates come from the progress reports.
CREATE TABLE milestone (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  project_id    BIGINT        NOT NULL,
  position      INT           NOT NULL,
  name          VARCHAR(300)  NOT NULL,
  planned_date  DATE          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_milestone_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE INDEX ix_milestone_project ON milestone (project_id, position);

-- One report per project and month (period = the first day of the month). A submitted version is never
-- changed: a correction is the next version of the same month, with its reason. The variance columns are
-- computed by the application when the report is submitted, against the baseline it names.
CREATE TABLE progress_report (
  id                      BIGINT         NOT NULL AUTO_INCREMENT,
  project_id              BIGINT         NOT NULL,
  period                  DATE           NOT NULL,
  version                 INT            NOT NULL,
  status                  VARCHAR(20)    NOT NULL,
  report_date             DATE           NOT NULL,
  spend_to_date           DECIMAL(19,2)  NOT NULL,
  projected_cost          DECIMAL(19,2)  NOT NULL,
  projected_end           DATE           NULL,
  percent_complete        DECIMAL(5,2)   NOT NULL,
  completed               BOOLEAN        NOT NULL DEFAULT FALSE,
  actual_end              DATE           NULL,
  confidence              VARCHAR(20)    NOT NULL,
  narrative               TEXT           NOT NULL,
  correction_reason       TEXT           NULL,
  baseline_id             BIGINT         NOT NULL,
  cost_variance           DECIMAL(19,2)  NULL,
  cost_variance_pct       DECIMAL(9,2)   NULL,
  cost_colour             VARCHAR(10)    NULL,
  schedule_variance_days  INT            NULL,
  schedule_variance_pct   DECIMAL(9,2)   NULL,
  schedule_colour         VARCHAR(10)    NULL,
  created_by              BIGINT         NULL,
  created_at              DATETIME(6)    NOT NULL,
  submitted_by            BIGINT         NULL,
  submitted_at            DATETIME(6)    NULL,
  lock_version            INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_progress_report_version UNIQUE (project_id, period, version),
  CONSTRAINT fk_progress_report_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_progress_report_baseline FOREIGN KEY (baseline_id) REFERENCES baseline (id),
  CONSTRAINT fk_progress_report_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
  CONSTRAINT fk_progress_report_submitted_by FOREIGN KEY (submitted_by) REFERENCES app_user (id),
  CONSTRAINT ck_progress_report_percent CHECK (percent_complete BETWEEN 0 AND 100)
);

CREATE INDEX ix_progress_report_submitted ON progress_report (submitted_at);

-- The actual dates a report gives for milestones.
CREATE TABLE report_milestone (
  report_id     BIGINT  NOT NULL,
  milestone_id  BIGINT  NOT NULL,
  actual_date   DATE    NOT NULL,
  PRIMARY KEY (report_id, milestone_id),
  CONSTRAINT fk_report_milestone_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
  CONSTRAINT fk_report_milestone_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id)
);

-- The digital authority's monthly rating, 5 low risk ... 1 high risk; every rating is kept.
CREATE TABLE risk_rating (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  project_id  BIGINT       NOT NULL,
  rating      INT          NOT NULL,
  comment     TEXT         NOT NULL,
  rated_by    BIGINT       NULL,
  rated_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_risk_rating_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_risk_rating_rated_by FOREIGN KEY (rated_by) REFERENCES app_user (id),
  CONSTRAINT ck_risk_rating_range CHECK (rating BETWEEN 1 AND 5)
);

CREATE INDEX ix_risk_rating_project ON risk_rating (project_id, rated_at);
CREATE INDEX ix_risk_rating_rated_at ON risk_rating (rated_at);

-- A change of the baseline beyond the tolerance, reviewed by the digital authority and the budget office.
CREATE TABLE change_request (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  project_id      BIGINT         NOT NULL,
  proposed_cost   DECIMAL(19,2)  NOT NULL,
  proposed_end    DATE           NOT NULL,
  reason          TEXT           NOT NULL,
  status          VARCHAR(20)    NOT NULL,
  opened_by       BIGINT         NULL,
  opened_at       DATETIME(6)    NOT NULL,
  closed_at       DATETIME(6)    NULL,
  baseline_id     BIGINT         NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_change_request_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_change_request_opened_by FOREIGN KEY (opened_by) REFERENCES app_user (id),
  CONSTRAINT fk_change_request_baseline FOREIGN KEY (baseline_id) REFERENCES baseline (id)
);

CREATE INDEX ix_change_request_project ON change_request (project_id, status);

-- One verdict per aspect of a change request, as in a review round.
CREATE TABLE change_request_review (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  change_request_id  BIGINT       NOT NULL,
  aspect             VARCHAR(30)  NOT NULL,
  verdict            VARCHAR(20)  NOT NULL,
  rationale          TEXT         NOT NULL,
  reviewer_id        BIGINT       NOT NULL,
  given_at           DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_change_request_review_aspect UNIQUE (change_request_id, aspect),
  CONSTRAINT fk_change_request_review_request FOREIGN KEY (change_request_id) REFERENCES change_request (id),
  CONSTRAINT fk_change_request_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
);

-- Key performance indicators of a project and their measurements; met / not met is computed.
CREATE TABLE kpi (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  project_id      BIGINT         NOT NULL,
  name            VARCHAR(300)   NOT NULL,
  unit            VARCHAR(40)    NOT NULL,
  baseline_value  DECIMAL(19,4)  NOT NULL,
  target_value    DECIMAL(19,4)  NOT NULL,
  target_date     DATE           NOT NULL,
  direction       VARCHAR(20)    NOT NULL,
  version         INT            NOT NULL DEFAULT 0,
  created_at      DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_kpi_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE INDEX ix_kpi_project ON kpi (project_id);

CREATE TABLE kpi_measurement (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  kpi_id       BIGINT         NOT NULL,
  measured_on  DATE           NOT NULL,
  value        DECIMAL(19,4)  NOT NULL,
  note         VARCHAR(1000)  NULL,
  recorded_by  BIGINT         NULL,
  recorded_at  DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_kpi_measurement_date UNIQUE (kpi_id, measured_on),
  CONSTRAINT fk_kpi_measurement_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id),
  CONSTRAINT fk_kpi_measurement_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id)
);

-- The four user-experience measures of proposal 6c, one row per project and period (the first day of a month).
CREATE TABLE ux_measurement (
  id                    BIGINT         NOT NULL AUTO_INCREMENT,
  project_id            BIGINT         NOT NULL,
  period                DATE           NOT NULL,
  satisfied_responses   INT            NOT NULL,
  responses             INT            NOT NULL,
  completion_rate       DECIMAL(5,2)   NULL,
  digital_take_up       DECIMAL(5,2)   NULL,
  cost_per_transaction  DECIMAL(19,2)  NULL,
  recorded_by           BIGINT         NULL,
  recorded_at           DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_ux_measurement_period UNIQUE (project_id, period),
  CONSTRAINT fk_ux_measurement_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_ux_measurement_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id)
);

-- Closure: benefits realised against the approved value proposition, and lessons learned.
CREATE TABLE project_closure (
  project_id         BIGINT         NOT NULL,
  realised_benefits  DECIMAL(19,2)  NOT NULL,
  benefits_summary   TEXT           NOT NULL,
  lessons_learned    TEXT           NOT NULL,
  closed_by          BIGINT         NULL,
  closed_at          DATETIME(6)    NOT NULL,
  PRIMARY KEY (project_id),
  CONSTRAINT fk_project_closure_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_project_closure_closed_by FOREIGN KEY (closed_by) REFERENCES app_user (id)
);

-- Each project's current figures, kept on its own row and updated in the transaction that fixes a baseline,
-- submits a report or gives a rating, so that portfolio aggregates read one table instead of finding the
-- latest of two million reports (architecture.md, measured facts).
ALTER TABLE project ADD COLUMN baseline_cost DECIMAL(19,2) NULL;
ALTER TABLE project ADD COLUMN baseline_end DATE NULL;
ALTER TABLE project ADD COLUMN rebaselines INT NOT NULL DEFAULT 0;
ALTER TABLE project ADD COLUMN execution_started DATE NULL;
ALTER TABLE project ADD COLUMN last_report_id BIGINT NULL;
ALTER TABLE project ADD COLUMN last_report_date DATE NULL;
ALTER TABLE project ADD COLUMN cost_variance_pct DECIMAL(9,2) NULL;
ALTER TABLE project ADD COLUMN cost_colour VARCHAR(10) NULL;
ALTER TABLE project ADD COLUMN schedule_variance_days INT NULL;
ALTER TABLE project ADD COLUMN schedule_colour VARCHAR(10) NULL;
ALTER TABLE project ADD COLUMN rating INT NULL;
ALTER TABLE project ADD COLUMN rated_at DATETIME(6) NULL;

CREATE INDEX ix_project_staleness ON project (status, last_report_date);

-- Projects approved before monitoring existed get their approved plan as baseline 1.
INSERT INTO baseline (project_id, number, cost, start_date, end_date, fixed_at)
  SELECT id, 1, lifecycle_cost, planned_start, planned_end, updated_at FROM project
  WHERE status IN ('APPROVED', 'IN_EXECUTION', 'ON_HOLD', 'COMPLETED');
UPDATE project SET baseline_cost = lifecycle_cost, baseline_end = planned_end
  WHERE status IN ('APPROVED', 'IN_EXECUTION', 'ON_HOLD', 'COMPLETED');
