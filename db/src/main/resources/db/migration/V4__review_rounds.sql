-- Owners of a project: its creator and anyone added later. Nobody reviews or decides on a project they own.
CREATE TABLE project_owner (
  project_id  BIGINT NOT NULL,
  user_id     BIGINT NOT NULL,
  PRIMARY KEY (project_id, user_id),
  CONSTRAINT fk_project_owner_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_project_owner_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

INSERT INTO project_owner (project_id, user_id) SELECT id, created_by FROM project WHERE created_by IS NOT NULL;

-- Each submission opens a round with one review per authority; rounds are never deleted.
CREATE TABLE review_round (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  project_id  BIGINT       NOT NULL,
  number      INT          NOT NULL,
  tier        VARCHAR(20)  NOT NULL,
  opened_at   DATETIME(6)  NOT NULL,
  opened_by   BIGINT       NOT NULL,
  closed_at   DATETIME(6)  NULL,
  outcome     VARCHAR(20)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_review_round_number UNIQUE (project_id, number),
  CONSTRAINT fk_review_round_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_review_round_opened_by FOREIGN KEY (opened_by) REFERENCES app_user (id)
);

-- The unique key makes a second verdict on the same aspect of a round impossible, even under a race.
CREATE TABLE review (
  id                BIGINT         NOT NULL AUTO_INCREMENT,
  round_id          BIGINT         NOT NULL,
  aspect            VARCHAR(30)    NOT NULL,
  verdict           VARCHAR(20)    NOT NULL,
  rationale         VARCHAR(4000)  NOT NULL,
  reviewer_id       BIGINT         NOT NULL,
  given_at          DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_review_aspect UNIQUE (round_id, aspect),
  CONSTRAINT fk_review_round FOREIGN KEY (round_id) REFERENCES review_round (id),
  CONSTRAINT fk_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
);

-- A step of the lifecycle other than a review: submissions, board decisions, start, hold, closure...
CREATE TABLE lifecycle_step (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  project_id   BIGINT         NOT NULL,
  action       VARCHAR(20)    NOT NULL,
  from_status  VARCHAR(20)    NOT NULL,
  to_status    VARCHAR(20)    NOT NULL,
  rationale    VARCHAR(4000)  NULL,
  actor_id     BIGINT         NULL,
  taken_at     DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_lifecycle_step_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_lifecycle_step_actor FOREIGN KEY (actor_id) REFERENCES app_user (id)
);

CREATE INDEX ix_lifecycle_step_project ON lifecycle_step (project_id, taken_at);
