-- The risk register of a project (domain.md, "Risk assessment"). Scores and levels are computed from
-- likelihood and impact, never stored, so that a change of the level bands needs no data migration.
CREATE TABLE risk (
  id                   BIGINT         NOT NULL AUTO_INCREMENT,
  project_id           BIGINT         NOT NULL,
  category             VARCHAR(40)    NOT NULL,
  description          VARCHAR(4000)  NOT NULL,
  likelihood           INT            NOT NULL,
  impact               INT            NOT NULL,
  mitigation           VARCHAR(4000)  NULL,
  residual_likelihood  INT            NOT NULL,
  residual_impact      INT            NOT NULL,
  risk_owner           VARCHAR(200)   NULL,
  status               VARCHAR(20)    NOT NULL,
  version              INT            NOT NULL DEFAULT 0,
  created_at           DATETIME(6)    NOT NULL,
  updated_at           DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_risk_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_risk_likelihood CHECK (likelihood BETWEEN 1 AND 5),
  CONSTRAINT ck_risk_impact CHECK (impact BETWEEN 1 AND 5),
  CONSTRAINT ck_risk_residual_likelihood CHECK (residual_likelihood BETWEEN 1 AND 5),
  CONSTRAINT ck_risk_residual_impact CHECK (residual_impact BETWEEN 1 AND 5)
);

CREATE INDEX ix_risk_project ON risk (project_id);

-- The algorithmic transparency record of a project that uses AI: one per project, published.
CREATE TABLE algorithmic_transparency (
  project_id       BIGINT         NOT NULL,
  purpose          VARCHAR(4000)  NOT NULL,
  data_used        VARCHAR(4000)  NOT NULL,
  human_oversight  VARCHAR(4000)  NOT NULL,
  version          INT            NOT NULL DEFAULT 0,
  updated_at       DATETIME(6)    NOT NULL,
  PRIMARY KEY (project_id),
  CONSTRAINT fk_algorithmic_transparency_project FOREIGN KEY (project_id) REFERENCES project (id)
);
