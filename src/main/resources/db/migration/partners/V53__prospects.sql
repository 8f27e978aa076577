-- Recruitment: companies that may become partners, from the public application form, the intake API, or typed in
-- by the channel team; each with an owner, a stage, and the history of what was done with it.
CREATE TABLE prospect (
  id               UUID PRIMARY KEY,
  company_name     VARCHAR(150) NOT NULL,
  contact_name     VARCHAR(100) NOT NULL,
  email            VARCHAR(200) NOT NULL,
  phone            VARCHAR(40),
  website          VARCHAR(200),
  country          VARCHAR(2) NOT NULL,
  region           VARCHAR(10),
  city             VARCHAR(100),
  employees        INT,
  interested_type  VARCHAR(40) REFERENCES partner_type (code),
  message          VARCHAR(2000),
  source           VARCHAR(10) NOT NULL,
  brand            VARCHAR(40),
  stage            VARCHAR(12) NOT NULL,
  stage_since      TIMESTAMP WITH TIME ZONE NOT NULL,
  owner_id         UUID,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  partner_id       UUID REFERENCES partner_company (id),
  match_note       VARCHAR(300),
  version          BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX prospect_stage_idx ON prospect (stage, stage_since, id);
CREATE INDEX prospect_owner_idx ON prospect (owner_id, stage, stage_since);
CREATE INDEX prospect_created_idx ON prospect (created_at, id);

-- What happened to a prospect, in the order it happened (seq: several things can happen in one instant): its
-- creation, stage moves, owner changes, notes and activities.
CREATE TABLE prospect_entry (
  id           UUID PRIMARY KEY,
  prospect_id  UUID NOT NULL REFERENCES prospect (id),
  seq          INT NOT NULL,
  kind         VARCHAR(12) NOT NULL,
  from_stage   VARCHAR(12),
  to_stage     VARCHAR(12),
  text         VARCHAR(2000),
  by_user      UUID,
  at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX prospect_entry_prospect_idx ON prospect_entry (prospect_id, seq);
CREATE INDEX prospect_entry_stage_idx ON prospect_entry (kind, at);

-- The keys partner companies and prospects are matched on (org.concord.shared.matching): exact ones (the name's
-- words run together, the registrable domain, the e-mail, the phone) and the name's lookalike blocking keys.
CREATE TABLE company_match_key (
  key_value    VARCHAR(200) NOT NULL,
  kind         VARCHAR(10) NOT NULL,
  name         VARCHAR(200) NOT NULL,
  partner_id   UUID REFERENCES partner_company (id),
  prospect_id  UUID REFERENCES prospect (id),
  CHECK ((partner_id IS NULL) <> (prospect_id IS NULL))
);
CREATE INDEX company_match_key_value_idx ON company_match_key (key_value, kind);
CREATE INDEX company_match_key_partner_idx ON company_match_key (partner_id);
CREATE INDEX company_match_key_prospect_idx ON company_match_key (prospect_id);
