CREATE TABLE registration_settings (
  id                  INT PRIMARY KEY,
  auto_approve        BOOLEAN NOT NULL,
  approval_sla_hours  INT NOT NULL,
  protection_days     INT NOT NULL
);
INSERT INTO registration_settings (id, auto_approve, approval_sla_hours, protection_days) VALUES (1, FALSE, 48, 120);

CREATE TABLE opportunity_source (
  code    VARCHAR(40) PRIMARY KEY,
  label   VARCHAR(100) NOT NULL,
  active  BOOLEAN NOT NULL
);
INSERT INTO opportunity_source (code, label, active) VALUES
  ('LIGHTHOUSE_PARTNER', 'Lighthouse Partner', TRUE),
  ('CUBE_PARTNER', 'CubeDMS Partner', TRUE),
  ('QUARTZ_PARTNER', 'QuartzQMS Partner', TRUE),
  ('EVENT', 'Event or trade show', TRUE),
  ('WEB', 'Web', TRUE),
  ('REFERRAL', 'Customer referral', TRUE);

CREATE TABLE registration (
  id                    UUID PRIMARY KEY,
  version               BIGINT NOT NULL,
  partner_id            UUID NOT NULL,
  submitted_by          UUID NOT NULL,
  contact_id            UUID NOT NULL,
  company_name          VARCHAR(150) NOT NULL,
  product               VARCHAR(40) NOT NULL,
  mrr_amount            NUMERIC(19, 4) NOT NULL,
  mrr_currency          VARCHAR(3) NOT NULL,
  expected_close_date   DATE NOT NULL,
  stage                 VARCHAR(20) NOT NULL,
  notes                 VARCHAR(8000) NOT NULL,
  assignment            VARCHAR(30) NOT NULL,
  assigned_partner_id   UUID,
  assigned_rep_id       UUID,
  opportunity_source    VARCHAR(40) NOT NULL,
  providing_partner_id  UUID NOT NULL,
  providing_rep_id      UUID NOT NULL,
  status                VARCHAR(20) NOT NULL,
  submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  decision_due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_at            TIMESTAMP WITH TIME ZONE,
  decided_by            UUID,
  rejection_reason      VARCHAR(30),
  decision_note         VARCHAR(2000),
  protected_until       TIMESTAMP WITH TIME ZONE,
  contact_initiated_on  DATE,
  review_flag           VARCHAR(300)
);
CREATE INDEX registration_partner_idx ON registration (partner_id, submitted_at);
CREATE INDEX registration_status_idx ON registration (status, submitted_at);

CREATE TABLE registration_status_change (
  id               UUID PRIMARY KEY,
  registration_id  UUID NOT NULL REFERENCES registration (id),
  from_status      VARCHAR(20),
  to_status        VARCHAR(20) NOT NULL,
  changed_by       UUID,
  note             VARCHAR(2000),
  changed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX registration_status_change_idx ON registration_status_change (registration_id);

CREATE TABLE contact_log_entry (
  id               UUID PRIMARY KEY,
  registration_id  UUID NOT NULL REFERENCES registration (id),
  author_id        UUID NOT NULL,
  contacted_on     DATE NOT NULL,
  type             VARCHAR(20) NOT NULL,
  summary          VARCHAR(2000) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_log_entry_idx ON contact_log_entry (registration_id, contacted_on);

CREATE TABLE registration_partner (
  id               UUID PRIMARY KEY,
  registration_id  UUID NOT NULL REFERENCES registration (id),
  partner_id       UUID NOT NULL,
  rep_id           UUID,
  role             VARCHAR(20) NOT NULL
);
CREATE INDEX registration_partner_reg_idx ON registration_partner (registration_id);
CREATE INDEX registration_partner_partner_idx ON registration_partner (partner_id);

-- A protected registration's hold on each normalized match key, per product: the unique index makes
-- "first come, first served" exact under concurrency, and every duplicate lookup an index lookup.
CREATE TABLE registration_claim (
  id               UUID PRIMARY KEY,
  product          VARCHAR(40) NOT NULL,
  key_kind         VARCHAR(10) NOT NULL,
  key_value        VARCHAR(200) NOT NULL,
  bucket           VARCHAR(3),
  registration_id  UUID NOT NULL REFERENCES registration (id)
);
CREATE UNIQUE INDEX registration_claim_key_idx ON registration_claim (product, key_kind, key_value);
CREATE INDEX registration_claim_bucket_idx ON registration_claim (product, key_kind, bucket);
CREATE INDEX registration_claim_registration_idx ON registration_claim (registration_id);
