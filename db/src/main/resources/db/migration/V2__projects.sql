-- The investment register. lifecycle_cost is the sum of project_cost_year, kept on the row
-- so that portfolio totals do not have to join the yearly table.
CREATE TABLE project (
  id                         BIGINT         NOT NULL AUTO_INCREMENT,
  code                       VARCHAR(40)    NOT NULL,
  title                      VARCHAR(300)   NOT NULL,
  summary                    VARCHAR(4000)  NOT NULL,
  organisation_id            BIGINT         NOT NULL,
  category                   VARCHAR(40)    NOT NULL,
  policy_area                VARCHAR(40)    NOT NULL,
  delivery_approach          VARCHAR(20)    NOT NULL,
  iteration_weeks            INT            NULL,
  uses_ai                    BOOLEAN        NOT NULL DEFAULT FALSE,
  ai_decides_about_people    BOOLEAN        NOT NULL DEFAULT FALSE,
  funding_source             VARCHAR(40)    NOT NULL,
  planned_start              DATE           NOT NULL,
  planned_end                DATE           NOT NULL,
  lifecycle_cost             DECIMAL(19,2)  NOT NULL,
  status                     VARCHAR(20)    NOT NULL,
  tier                       VARCHAR(20)    NOT NULL,
  created_by                 BIGINT         NULL,
  version                    INT            NOT NULL DEFAULT 0,
  created_at                 DATETIME(6)    NOT NULL,
  updated_at                 DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_project_code UNIQUE (code),
  CONSTRAINT fk_project_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_project_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
);

CREATE INDEX ix_project_organisation ON project (organisation_id);
CREATE INDEX ix_project_status ON project (status);
CREATE INDEX ix_project_updated ON project (updated_at);

-- Estimated lifecycle cost by fiscal year, split into capital and operating cost.
CREATE TABLE project_cost_year (
  project_id      BIGINT         NOT NULL,
  fiscal_year     INT            NOT NULL,
  capital_cost    DECIMAL(19,2)  NOT NULL,
  operating_cost  DECIMAL(19,2)  NOT NULL,
  PRIMARY KEY (project_id, fiscal_year),
  CONSTRAINT fk_project_cost_year_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- Digital public infrastructure the project uses or builds.
CREATE TABLE project_infrastructure (
  project_id      BIGINT      NOT NULL,
  infrastructure  VARCHAR(40) NOT NULL,
  PRIMARY KEY (project_id, infrastructure),
  CONSTRAINT fk_project_infrastructure_project FOREIGN KEY (project_id) REFERENCES project (id)
);
