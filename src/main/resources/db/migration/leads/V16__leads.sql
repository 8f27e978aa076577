-- Leads the vendor routes to partners. The lead holds the current offer's deadline, so the deadline job
-- finds due leads by index; every offer is a row of its own (the partner's scorecard), and the routing
-- history keeps every offer, acceptance, decline, reminder and reassignment.
CREATE TABLE lead (
  id                    UUID PRIMARY KEY,
  version               BIGINT NOT NULL,
  status                VARCHAR(30) NOT NULL,
  first_name            VARCHAR(80) NOT NULL,
  last_name             VARCHAR(80) NOT NULL,
  email                 VARCHAR(200) NOT NULL,
  phone                 VARCHAR(40) NOT NULL,
  company_name          VARCHAR(150) NOT NULL,
  website               VARCHAR(200) NOT NULL,
  street                VARCHAR(200) NOT NULL,
  city                  VARCHAR(100) NOT NULL,
  region                VARCHAR(40) NOT NULL,
  postal_code           VARCHAR(20),
  country               VARCHAR(2) NOT NULL,
  latitude              DOUBLE PRECISION,
  longitude             DOUBLE PRECISION,
  consent_type          VARCHAR(10) NOT NULL,
  consent_basis         VARCHAR(30),
  consent_basis_date    DATE,
  consent_obtained_how  VARCHAR(200) NOT NULL,
  consent_obtained_on   DATE NOT NULL,
  consent_obtained_by   VARCHAR(100) NOT NULL,
  product               VARCHAR(40) NOT NULL,
  industry              VARCHAR(60),
  certification         VARCHAR(60),
  mrr_amount            NUMERIC(19, 4) NOT NULL,
  mrr_currency          VARCHAR(3) NOT NULL,
  notes                 VARCHAR(4000) NOT NULL,
  created_by            UUID NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  partner_id            UUID,
  offered_at            TIMESTAMP WITH TIME ZONE,
  accepted_at           TIMESTAMP WITH TIME ZONE,
  contact_due_at        TIMESTAMP WITH TIME ZONE,
  remind_at             TIMESTAMP WITH TIME ZONE,
  reminded_at           TIMESTAMP WITH TIME ZONE,
  registration_id       UUID
);
CREATE INDEX lead_status_idx ON lead (status, created_at);
CREATE INDEX lead_partner_idx ON lead (partner_id, status);
CREATE INDEX lead_due_idx ON lead (status, contact_due_at);
CREATE INDEX lead_remind_idx ON lead (status, remind_at);
CREATE INDEX lead_registration_idx ON lead (registration_id);

CREATE TABLE lead_offer (
  id                 UUID PRIMARY KEY,
  lead_id            UUID NOT NULL REFERENCES lead (id),
  partner_id         UUID NOT NULL,
  offered_by         UUID,
  offered_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  due_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome            VARCHAR(20) NOT NULL,
  outcome_at         TIMESTAMP WITH TIME ZONE,
  outcome_reason     VARCHAR(1000)
);
CREATE INDEX lead_offer_lead_idx ON lead_offer (lead_id);
CREATE INDEX lead_offer_partner_idx ON lead_offer (partner_id, offered_at);

CREATE TABLE lead_routing_step (
  id          UUID PRIMARY KEY,
  lead_id     UUID NOT NULL REFERENCES lead (id),
  action      VARCHAR(30) NOT NULL,
  partner_id  UUID,
  actor_id    UUID,
  note        VARCHAR(2000),
  at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_routing_step_idx ON lead_routing_step (lead_id, at);

CREATE TABLE lead_settings (
  id                    INT PRIMARY KEY,
  tier_mode             VARCHAR(10) NOT NULL,
  minimum_tier          VARCHAR(20) NOT NULL,
  territory_mode        VARCHAR(10) NOT NULL,
  max_distance_km       INT NOT NULL,
  expertise_mode        VARCHAR(10) NOT NULL,
  lead_types            VARCHAR(200) NOT NULL,
  contact_working_days  INT NOT NULL,
  reminder_hours        INT NOT NULL,
  on_timeout            VARCHAR(20) NOT NULL
);
INSERT INTO lead_settings VALUES (1, 'PREFERRED', 'REGISTERED', 'REQUIRED', 150, 'PREFERRED',
  'SALES_PARTNER,APPLICATION_PARTNER', 2, 24, 'NEXT_PARTNER');
