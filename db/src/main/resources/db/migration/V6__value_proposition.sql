-- Settings of the value proposition kept by an administrator: the discount rate and the weights of the four
-- dimensions. One row per setting; the value is a decimal written as text (e.g. '0.06'). updated_at and
-- updated_by are NULL for the defaults shipped with the application (the audit trail has every change).
CREATE TABLE value_setting (
  setting_key    VARCHAR(60)   NOT NULL,
  setting_value  VARCHAR(100)  NOT NULL,
  updated_at     DATETIME(6)   NULL,
  updated_by     BIGINT        NULL,
  PRIMARY KEY (setting_key),
  CONSTRAINT fk_value_setting_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id)
);

-- 6 %: the social discount rate Chile's Ministry of Social Development applies to public investment, in the
-- middle of the rates used in Latin America; equal weights until the deployment decides otherwise.
INSERT INTO value_setting (setting_key, setting_value) VALUES
  ('discount-rate', '0.06'),
  ('weight.economic', '0.25'),
  ('weight.social', '0.25'),
  ('weight.strategic', '0.25'),
  ('weight.environmental', '0.25');

-- Objectives of the national digital strategy, kept by an administrator. An objective that projects link to
-- is deactivated rather than deleted. Who changed what and when is in the audit trail.
CREATE TABLE strategy_objective (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  code        VARCHAR(40)   NOT NULL,
  name_en     VARCHAR(300)  NOT NULL,
  name_es     VARCHAR(300)  NOT NULL,
  name_pt     VARCHAR(300)  NOT NULL,
  active      BOOLEAN       NOT NULL DEFAULT TRUE,
  version     INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_strategy_objective_code UNIQUE (code)
);

-- A starting list, the six dimensions of the OECD Digital Government Policy Framework, for the administrator
-- to replace with the objectives of the country's own strategy.
INSERT INTO strategy_objective (code, name_en, name_es, name_pt) VALUES
  ('DIGITAL-BY-DESIGN', 'Digital by design', 'Digital desde el diseño', 'Digital desde a concepção'),
  ('DATA-DRIVEN', 'Data-driven public sector', 'Sector público impulsado por datos',
   'Setor público orientado por dados'),
  ('GOV-AS-PLATFORM', 'Government as a platform', 'Gobierno como plataforma', 'Governo como plataforma'),
  ('OPEN-BY-DEFAULT', 'Open by default', 'Abierto por defecto', 'Aberto por padrão'),
  ('USER-DRIVEN', 'User-driven', 'Impulsado por las personas usuarias', 'Orientado pelos usuários'),
  ('PROACTIVE', 'Proactive government', 'Gobierno proactivo', 'Governo proativo');

-- The value proposition of a project, one per project (proposals 4c and 4e). The owner types the texts and the
-- social, strategic and environmental scores; the columns after them are computed by the application from the
-- yearly table and the settings (recomputed for every project when the settings change), never typed.
-- The texts are TEXT (the application keeps them to 4,000 characters): seven VARCHAR(4000) in utf8mb4 would
-- exceed the 65,535-byte row limit of MySQL and MariaDB.
CREATE TABLE value_proposition (
  project_id            BIGINT         NOT NULL,
  reuse                 TEXT           NULL,
  people_reached        BIGINT         NULL,
  inclusion             TEXT           NULL,
  service_improvement   TEXT           NULL,
  social_score          INT            NULL,
  strategic_alignment   TEXT           NULL,
  strategic_score       INT            NULL,
  energy_and_emissions  TEXT           NULL,
  hardware_lifecycle    TEXT           NULL,
  green_by_design       TEXT           NULL,
  environmental_score   INT            NULL,
  discount_rate         DECIMAL(9,6)   NOT NULL,
  pv_costs              DECIMAL(19,2)  NOT NULL,
  pv_benefits           DECIMAL(19,2)  NOT NULL,
  npv                   DECIMAL(19,2)  NOT NULL,
  bcr                   DECIMAL(38,3)  NULL,
  payback_year          INT            NULL,
  economic_score        INT            NULL,
  value_score           DECIMAL(4,2)   NULL,
  version               INT            NOT NULL DEFAULT 0,
  updated_at            DATETIME(6)    NOT NULL,
  updated_by            BIGINT         NULL,
  PRIMARY KEY (project_id),
  CONSTRAINT fk_value_proposition_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_value_proposition_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id)
);

CREATE INDEX ix_value_proposition_score ON value_proposition (value_score);

-- Costs and quantified benefits by year; the first year of a project's table is discounted as t = 0.
CREATE TABLE value_year (
  project_id   BIGINT         NOT NULL,
  fiscal_year  INT            NOT NULL,
  cost         DECIMAL(19,2)  NOT NULL,
  benefit      DECIMAL(19,2)  NOT NULL,
  PRIMARY KEY (project_id, fiscal_year),
  CONSTRAINT fk_value_year_proposition FOREIGN KEY (project_id) REFERENCES value_proposition (project_id)
);

-- The strategy objectives a project serves.
CREATE TABLE value_objective (
  project_id    BIGINT NOT NULL,
  objective_id  BIGINT NOT NULL,
  PRIMARY KEY (project_id, objective_id),
  CONSTRAINT fk_value_objective_proposition FOREIGN KEY (project_id) REFERENCES value_proposition (project_id),
  CONSTRAINT fk_value_objective_objective FOREIGN KEY (objective_id) REFERENCES strategy_objective (id)
);

CREATE INDEX ix_value_objective_objective ON value_objective (objective_id);
