-- The channel scorecard (seed 004): formulas over the KPIs, per partner type and region (the most specific wins; the
-- one with neither is the default), a target per KPI, and each partner's scorecard as last computed with its rank.
CREATE TABLE scorecard_formula (
  id            UUID PRIMARY KEY,
  partner_type  VARCHAR(40),
  region        VARCHAR(100),
  expression    VARCHAR(1000) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO scorecard_formula (id, partner_type, region, expression, changed_at) VALUES
  ('3a0c7e1d-2f4b-4c55-8d10-5e2b9c0f0001', NULL, NULL,
   'revenue / 10000 + pipeline / 20000 + engagement + certifications * 5 - contact_misses * 2 - conflicts * 3', CURRENT_TIMESTAMP);

CREATE TABLE scorecard_target (
  kpi     VARCHAR(20) PRIMARY KEY,
  target  NUMERIC(19, 2) NOT NULL
);
INSERT INTO scorecard_target (kpi, target) VALUES ('REVENUE', 150000), ('PIPELINE', 300000), ('ENGAGEMENT', 25),
  ('CERTIFICATIONS', 2), ('CONTACT_MISSES', 0), ('CONFLICTS', 0);

CREATE TABLE scorecard_snapshot (
  partner_id      UUID NOT NULL,
  computed_on     DATE NOT NULL,
  partner_type    VARCHAR(40) NOT NULL,
  region          VARCHAR(100),
  revenue         NUMERIC(19, 2) NOT NULL,
  pipeline        NUMERIC(19, 2) NOT NULL,
  engagement      NUMERIC(12, 1) NOT NULL,
  certifications  BIGINT NOT NULL,
  contact_misses  BIGINT NOT NULL,
  conflicts       BIGINT NOT NULL,
  formula         VARCHAR(1000) NOT NULL,
  score           NUMERIC(19, 2),
  peer_rank       INT NOT NULL,
  peers           INT NOT NULL,
  percentile      INT NOT NULL,
  PRIMARY KEY (partner_id, computed_on)
);
CREATE INDEX scorecard_snapshot_day_idx ON scorecard_snapshot (computed_on, partner_type, peer_rank, partner_id);
