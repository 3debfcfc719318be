-- How a project will buy what it needs (domain.md, "Procurement"; OECD proposal 5): one strategy per project.
CREATE TABLE procurement_strategy (
  project_id         BIGINT         NOT NULL,
  method             VARCHAR(40)    NOT NULL,
  joint_procurement  VARCHAR(20)    NOT NULL,
  rationale          VARCHAR(4000)  NOT NULL,
  version            INT            NOT NULL DEFAULT 0,
  updated_at         DATETIME(6)    NOT NULL,
  PRIMARY KEY (project_id),
  CONSTRAINT fk_procurement_strategy_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- Contracts signed for a project. ocid is the OCDS identifier of the contracting process, when there is one;
-- it is not unique: one process may award several contracts, and a joint procurement serves several projects.
CREATE TABLE procurement_contract (
  id          BIGINT         NOT NULL AUTO_INCREMENT,
  project_id  BIGINT         NOT NULL,
  supplier    VARCHAR(300)   NOT NULL,
  amount      DECIMAL(19,2)  NOT NULL,
  start_date  DATE           NOT NULL,
  end_date    DATE           NOT NULL,
  ocid        VARCHAR(200)   NULL,
  version     INT            NOT NULL DEFAULT 0,
  created_at  DATETIME(6)    NOT NULL,
  updated_at  DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_procurement_contract_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_procurement_contract_amount CHECK (amount >= 0),
  CONSTRAINT ck_procurement_contract_dates CHECK (end_date > start_date)
);

CREATE INDEX ix_procurement_contract_project ON procurement_contract (project_id);
CREATE INDEX ix_procurement_contract_ocid ON procurement_contract (ocid);
