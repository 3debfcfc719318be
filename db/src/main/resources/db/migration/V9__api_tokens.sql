-- Personal API tokens for agency systems. Only a SHA-256 hash of the token is stored: the token itself is
-- shown once, when it is created. A revoked token stays listed (with revoked_at) for the record.
CREATE TABLE api_token (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  user_id       BIGINT        NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  token_hash    CHAR(64)      NOT NULL,
  token_prefix  VARCHAR(12)   NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  last_used_at  DATETIME(6)   NULL,
  revoked_at    DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE INDEX ix_api_token_user ON api_token (user_id);
