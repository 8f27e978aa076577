-- Each partner's engagement for a month, as the monthly scoring run computed it (seed 004): the counts it used, the
-- score, the three-part model beside it, and the band. Kept, so a trend reads from the snapshots, not the events.
CREATE TABLE engagement_snapshot (
  partner_id      UUID NOT NULL,
  score_month     DATE NOT NULL,
  logins          BIGINT NOT NULL,
  downloads       BIGINT NOT NULL,
  registrations   BIGINT NOT NULL,
  won             BIGINT NOT NULL,
  training        BIGINT NOT NULL,
  certifications  BIGINT NOT NULL,
  events          BIGINT NOT NULL,
  score           NUMERIC(12, 1) NOT NULL,
  activity        NUMERIC(12, 1) NOT NULL,
  performance     NUMERIC(12, 1) NOT NULL,
  commitment      NUMERIC(12, 1) NOT NULL,
  band            VARCHAR(12) NOT NULL,
  computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (partner_id, score_month)
);
CREATE INDEX engagement_snapshot_month_idx ON engagement_snapshot (score_month, score, partner_id);
