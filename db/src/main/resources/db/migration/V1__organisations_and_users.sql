-- Organisations form a tree (national -> ministry -> agency; state -> secretariat; municipality).
-- path is the materialised path of ids ("/1/4/17/") so that a subtree is one indexed LIKE 'prefix%'.
CREATE TABLE organisation (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(40)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  level       VARCHAR(20)  NOT NULL,
  parent_id   BIGINT       NULL,
  path        VARCHAR(500) NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_organisation_code UNIQUE (code),
  CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id)
);

CREATE INDEX ix_organisation_path ON organisation (path);

CREATE TABLE app_user (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  username         VARCHAR(100) NOT NULL,
  display_name     VARCHAR(200) NOT NULL,
  email            VARCHAR(254) NOT NULL,
  password_hash    VARCHAR(200) NOT NULL,
  organisation_id  BIGINT       NOT NULL,
  enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins    INT          NOT NULL DEFAULT 0,
  locked_until     DATETIME(6)  NULL,
  version          INT          NOT NULL DEFAULT 0,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE user_role (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(40) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
