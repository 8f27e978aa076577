-- Every registration list is read by its sort key from a cursor (docs/architecture.md, "Lists"): one index per
-- list's filter and order, its last column the id, the tiebreaker of the cursor.
DROP INDEX registration_partner_idx;
CREATE INDEX registration_partner_idx ON registration (partner_id, submitted_at, id);
CREATE INDEX registration_partner_status_idx ON registration (partner_id, status, submitted_at, id);
DROP INDEX registration_status_idx;
-- (the review queue's order; with the due time, the SLA report counts the undecided past due from the index alone)
CREATE INDEX registration_status_idx ON registration (status, submitted_at, id, decision_due_at);
CREATE INDEX registration_partner_product_idx ON registration (partner_id, product, submitted_at, id);
CREATE INDEX registration_submitted_idx ON registration (submitted_at, id);
CREATE INDEX registration_product_idx ON registration (product, submitted_at, id);
-- The Deals room: by stage and expected close date. (Not with the status: PostgreSQL then read a partner's invitations
-- by walking everyone's deals in this order and probing the junction table for each, 1.5 s at a million.)
CREATE INDEX registration_partner_stage_idx ON registration (partner_id, stage, expected_close_date, id);
CREATE INDEX registration_stage_idx ON registration (stage, expected_close_date, id);
-- The registrations a partner was invited onto, from the junction table alone, newest first: whether the row is an
-- invitation (its partner is not the registrant) and when the registration was submitted never change.
ALTER TABLE registration_partner ADD COLUMN invited BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE registration_partner ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
UPDATE registration_partner SET
  invited = (SELECT r.partner_id <> registration_partner.partner_id FROM registration r WHERE r.id = registration_partner.registration_id),
  submitted_at = (SELECT r.submitted_at FROM registration r WHERE r.id = registration_partner.registration_id);
ALTER TABLE registration_partner ALTER COLUMN submitted_at SET NOT NULL;
DROP INDEX registration_partner_partner_idx;
CREATE INDEX registration_partner_partner_idx ON registration_partner (partner_id, registration_id);
CREATE INDEX registration_partner_invited_idx ON registration_partner (partner_id, invited, submitted_at, registration_id);
-- The review page's renewal requests.
CREATE INDEX registration_renewal_idx ON registration (renewal_requested_at);

-- The pipeline and the Overview's figures, kept up to date as registrations change (RegistrationTally), not
-- summed over every registration on every visit: registrations and their MRR per partner, status, stage and currency.
CREATE TABLE registration_tally (
  partner_id     UUID NOT NULL,
  status         VARCHAR(20) NOT NULL,
  stage          VARCHAR(20) NOT NULL,
  currency       VARCHAR(3) NOT NULL,
  registrations  BIGINT NOT NULL,
  mrr            NUMERIC(19, 4) NOT NULL,
  PRIMARY KEY (partner_id, status, stage, currency)
);
INSERT INTO registration_tally (partner_id, status, stage, currency, registrations, mrr)
SELECT partner_id, status, stage, mrr_currency, COUNT(*), SUM(mrr_amount) FROM registration
GROUP BY partner_id, status, stage, mrr_currency;

-- The approval SLA's decisions per day of submission (UTC), time to decision in tenths of an hour and whether in time
-- (DecisionTally): the SLA report sums these instead of every decision of its 90 days. Filled by migration 37.
CREATE TABLE registration_decision_tally (
  submitted_on     DATE NOT NULL,
  decision_tenths  INT NOT NULL,
  in_time          BOOLEAN NOT NULL,
  decisions        BIGINT NOT NULL,
  PRIMARY KEY (submitted_on, decision_tenths, in_time)
);
