-- What each partner person did that counts as engagement: logins, deal registrations, training, downloads, events.
-- Read per person newest first (the person's page) and per partner and kind over a period (the engagement score).
CREATE TABLE engagement_entry (
  id          UUID PRIMARY KEY,
  person_id   UUID NOT NULL,
  partner_id  UUID NOT NULL REFERENCES partner_company (id),
  kind        VARCHAR(12) NOT NULL,
  subject     VARCHAR(200),
  at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX engagement_entry_person_idx ON engagement_entry (person_id, at, id);
CREATE INDEX engagement_entry_partner_idx ON engagement_entry (partner_id, kind, at);
