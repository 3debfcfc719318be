-- Settings an administrator changes at run time (the configuration file gives their first values).
CREATE TABLE deployment_setting (
  setting_key    VARCHAR(60)   NOT NULL,
  setting_value  VARCHAR(200)  NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  updated_by     BIGINT        NULL,
  PRIMARY KEY (setting_key),
  CONSTRAINT fk_deployment_setting_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
);
