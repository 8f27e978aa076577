-- The lead scorecard, kept as offers are made and end (LeadScorecardTally), not grouped over every offer on every
-- view: per partner, its offers and how many ended in contact, a missed deadline or a decline; and its contacted
-- offers per whole minute from offer to contact, from which the median time to contact is read. V40 fills both.
CREATE TABLE lead_scorecard (
  partner_id  UUID PRIMARY KEY,
  offers      BIGINT NOT NULL,
  contacted   BIGINT NOT NULL,
  misses      BIGINT NOT NULL,
  declines    BIGINT NOT NULL
);
CREATE TABLE lead_contact_minutes (
  partner_id  UUID NOT NULL,
  minutes     BIGINT NOT NULL,
  offers      BIGINT NOT NULL,
  PRIMARY KEY (partner_id, minutes)
);
