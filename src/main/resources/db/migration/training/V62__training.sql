-- Training (seed 003/004): the vendor's courses (a link or a PDF, an optional quiz with a pass mark), certifications
-- earned by passing a set of courses and valid for some months, each person's attempts and certifications.
CREATE TABLE course (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  title       VARCHAR(150) NOT NULL,
  summary     VARCHAR(2000),
  link        VARCHAR(500),
  file_name   VARCHAR(200),
  pass_mark   INT,
  published   BOOLEAN NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX course_title_idx ON course (title, id);

-- The PDF of a course, read only when someone downloads it.
CREATE TABLE course_file (
  course_id  UUID PRIMARY KEY REFERENCES course (id),
  content    BYTEA NOT NULL
);

CREATE TABLE quiz_question (
  course_id       UUID NOT NULL REFERENCES course (id),
  position        INT NOT NULL,
  text            VARCHAR(500) NOT NULL,
  options         VARCHAR(2000) NOT NULL,
  correct_option  INT NOT NULL,
  PRIMARY KEY (course_id, position)
);

CREATE TABLE course_attempt (
  id             UUID PRIMARY KEY,
  course_id      UUID NOT NULL REFERENCES course (id),
  person_id      UUID NOT NULL,
  partner_id     UUID NOT NULL,
  score_percent  INT NOT NULL,
  passed         BOOLEAN NOT NULL,
  attempted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX course_attempt_person_idx ON course_attempt (person_id, course_id, attempted_at);

CREATE TABLE certification (
  id               UUID PRIMARY KEY,
  version          BIGINT NOT NULL,
  name             VARCHAR(150) NOT NULL,
  validity_months  INT NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT certification_name_unique UNIQUE (name)
);

CREATE TABLE certification_course (
  certification_id  UUID NOT NULL REFERENCES certification (id),
  course_id         UUID NOT NULL REFERENCES course (id),
  PRIMARY KEY (certification_id, course_id)
);

CREATE TABLE person_certification (
  id                UUID PRIMARY KEY,
  certification_id  UUID NOT NULL REFERENCES certification (id),
  person_id         UUID NOT NULL,
  partner_id        UUID NOT NULL,
  earned_on         DATE NOT NULL,
  expires_on        DATE NOT NULL,
  warned_on         DATE
);
CREATE INDEX person_certification_person_idx ON person_certification (person_id, certification_id, expires_on);
CREATE INDEX person_certification_expiry_idx ON person_certification (expires_on);
CREATE INDEX person_certification_partner_idx ON person_certification (partner_id, expires_on);
