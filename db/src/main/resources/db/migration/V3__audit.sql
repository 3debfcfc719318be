-- Append-only audit trail: the application only ever inserts here.
-- before_state / after_state hold the JSON of the values before and after the change.
CREATE TABLE audit_event (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  occurred_at     DATETIME(6)   NOT NULL,
  actor_user_id   BIGINT        NULL,
  actor_username  VARCHAR(100)  NOT NULL,
  entity_type     VARCHAR(40)   NOT NULL,
  entity_id       BIGINT        NOT NULL,
  action          VARCHAR(40)   NOT NULL,
  before_state    LONGTEXT      NULL,
  after_state     LONGTEXT      NULL,
  PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, occurred_at);
