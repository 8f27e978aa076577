-- Tier qualification (seed 004): the rubric the vendor may change, each month's assessment of every partner, the tier
-- changes the assessments propose and a channel manager decides, and the partner people's quarterly satisfaction answers.
CREATE TABLE tier_setting (
  id                   INT PRIMARY KEY,
  silver_from          INT NOT NULL,
  gold_from            INT NOT NULL,
  platinum_from        INT NOT NULL,
  grace_months         INT NOT NULL,
  revenue_currency     VARCHAR(3) NOT NULL,
  all_certifications   INT NOT NULL
);
INSERT INTO tier_setting (id, silver_from, gold_from, platinum_from, grace_months, revenue_currency, all_certifications)
  VALUES (1, 30, 55, 80, 3, 'CAD', 3);

-- A criterion's bands: a value from from_value up to the next band's earns its points.
CREATE TABLE tier_rubric_band (
  criterion   VARCHAR(20) NOT NULL,
  from_value  NUMERIC(19, 2) NOT NULL,
  points      INT NOT NULL,
  PRIMARY KEY (criterion, from_value)
);
INSERT INTO tier_rubric_band (criterion, from_value, points) VALUES
  ('REVENUE', 0, 5), ('REVENUE', 50000, 15), ('REVENUE', 150000, 25), ('REVENUE', 500000, 30),
  ('REGISTRATIONS', 0, 2), ('REGISTRATIONS', 2, 8), ('REGISTRATIONS', 6, 12), ('REGISTRATIONS', 11, 15),
  ('TRAINING', 0, 0), ('TRAINING', 1, 5), ('TRAINING', 2, 10), ('TRAINING', 3, 15),
  ('NPS', -100, 5), ('NPS', 30, 10), ('NPS', 50, 15), ('NPS', 71, 20),
  ('ENGAGEMENT', 0, 5), ('ENGAGEMENT', 15, 10), ('ENGAGEMENT', 30, 15), ('ENGAGEMENT', 50.5, 20);

CREATE TABLE tier_assessment (
  partner_id          UUID NOT NULL,
  assessed_on         DATE NOT NULL,
  revenue             NUMERIC(19, 2) NOT NULL,
  revenue_points      INT NOT NULL,
  registrations       BIGINT NOT NULL,
  registrations_points INT NOT NULL,
  training            INT NOT NULL,
  training_points     INT NOT NULL,
  nps                 INT,
  nps_answers         INT NOT NULL,
  nps_points          INT NOT NULL,
  engagement          NUMERIC(12, 1) NOT NULL,
  engagement_points   INT NOT NULL,
  total               INT NOT NULL,
  current_tier        VARCHAR(10) NOT NULL,
  eligible_tier       VARCHAR(10) NOT NULL,
  PRIMARY KEY (partner_id, assessed_on)
);
CREATE INDEX tier_assessment_day_idx ON tier_assessment (assessed_on, total, partner_id);

CREATE TABLE tier_change (
  id             UUID PRIMARY KEY,
  version        BIGINT NOT NULL,
  partner_id     UUID NOT NULL,
  from_tier      VARCHAR(10) NOT NULL,
  to_tier        VARCHAR(10) NOT NULL,
  score          INT NOT NULL,
  assessed_on    DATE NOT NULL,
  status         VARCHAR(12) NOT NULL,
  proposed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by     UUID,
  decided_at     TIMESTAMP WITH TIME ZONE,
  effective_on   DATE,
  note           VARCHAR(500)
);
CREATE INDEX tier_change_partner_idx ON tier_change (partner_id, proposed_at);
CREATE INDEX tier_change_status_idx ON tier_change (status, effective_on);

CREATE TABLE satisfaction_answer (
  id           UUID PRIMARY KEY,
  person_id    UUID NOT NULL,
  partner_id   UUID NOT NULL,
  quarter      VARCHAR(7) NOT NULL,
  score        INT NOT NULL,
  comment      VARCHAR(1000),
  answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT satisfaction_answer_once UNIQUE (person_id, quarter)
);
CREATE INDEX satisfaction_answer_partner_idx ON satisfaction_answer (partner_id, answered_at);
