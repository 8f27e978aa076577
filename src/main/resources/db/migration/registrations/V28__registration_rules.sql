-- Holds that end, squatting, renewals with fresh information, who may ask for assistance, the vendor's name and
-- the currencies partners register in.
ALTER TABLE registration_settings ADD COLUMN return_lapse_days INT DEFAULT 14 NOT NULL;
ALTER TABLE registration_settings ADD COLUMN daily_submission_cap INT DEFAULT 50 NOT NULL;
ALTER TABLE registration_settings ADD COLUMN later_renewals_need_vendor BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE registration_settings ADD COLUMN assistance_partner_types VARCHAR(200) DEFAULT 'SALES_PARTNER,APPLICATION_PARTNER' NOT NULL;
ALTER TABLE registration_settings ADD COLUMN vendor_name VARCHAR(100) DEFAULT 'RPM' NOT NULL;
ALTER TABLE registration_settings ADD COLUMN currencies VARCHAR(200) DEFAULT 'CAD,USD,EUR,GBP' NOT NULL;

-- A return not answered lapses; a submission not decided in time is escalated once.
ALTER TABLE registration ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE registration ADD COLUMN lapse_warned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE registration ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX registration_returned_idx ON registration (status, returned_at);
CREATE INDEX registration_due_idx ON registration (status, decision_due_at);

-- A partner's own daily cap, raised by the vendor.
CREATE TABLE partner_submission_cap (
  partner_id  UUID PRIMARY KEY,
  daily_cap   INT NOT NULL
);

-- Renewals: how many were granted, and the stage the current protection started at.
ALTER TABLE registration ADD COLUMN renewals_granted INT DEFAULT 0 NOT NULL;
ALTER TABLE registration ADD COLUMN stage_at_protection VARCHAR(20);

-- "We'll assign this": the vendor sales rep who works a prospect the partner assigned to the vendor.
ALTER TABLE registration ADD COLUMN vendor_rep_id UUID;
CREATE INDEX registration_vendor_rep_idx ON registration (vendor_rep_id, status);

-- Partners told "already registered" wait in line for the claim to end.
CREATE TABLE registration_waiting (
  id                         UUID PRIMARY KEY,
  claim_registration_id      UUID NOT NULL,
  waiting_registration_id    UUID NOT NULL,
  partner_id                 UUID NOT NULL,
  queued_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
  told_at                    TIMESTAMP WITH TIME ZONE,
  registered_again_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX registration_waiting_claim_idx ON registration_waiting (claim_registration_id, queued_at);
CREATE INDEX registration_waiting_waiting_idx ON registration_waiting (waiting_registration_id);

-- Deal notes written after the submission (competition, insights), with who and when.
CREATE TABLE registration_note (
  id               UUID PRIMARY KEY,
  registration_id  UUID NOT NULL REFERENCES registration (id),
  author_id        UUID NOT NULL,
  written_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  text             VARCHAR(4000) NOT NULL
);
CREATE INDEX registration_note_idx ON registration_note (registration_id, written_at);
