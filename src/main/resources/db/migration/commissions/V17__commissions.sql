-- Program terms are versioned: an opportunity keeps the terms in force when it was registered.
CREATE TABLE program_terms (
  version         INT PRIMARY KEY,
  effective_from  DATE NOT NULL,
  announced_on    DATE NOT NULL,
  summary         VARCHAR(2000) NOT NULL
);
INSERT INTO program_terms VALUES (1, DATE '2000-01-01', DATE '2000-01-01',
  '5% of the MRR a subscriber''s payment covers, paid when the payment is received: registration, referral and influence alike.');

-- Rates by terms version, commission kind and scope; the most specific scope wins: partner, tier, type, program.
CREATE TABLE commission_rate (
  id             UUID PRIMARY KEY,
  terms_version  INT NOT NULL REFERENCES program_terms (version),
  kind           VARCHAR(20) NOT NULL,
  scope          VARCHAR(20) NOT NULL,
  scope_value    VARCHAR(60) NOT NULL,
  rate           NUMERIC(7, 5) NOT NULL
);
CREATE UNIQUE INDEX commission_rate_idx ON commission_rate (terms_version, kind, scope, scope_value);
INSERT INTO commission_rate VALUES ('00000000-0000-0000-0000-000000000001', 1, 'REGISTRATION', 'PROGRAM', '*', 0.05000);
INSERT INTO commission_rate VALUES ('00000000-0000-0000-0000-000000000002', 1, 'REFERRAL', 'PROGRAM', '*', 0.05000);
INSERT INTO commission_rate VALUES ('00000000-0000-0000-0000-000000000003', 1, 'INFLUENCE', 'PROGRAM', '*', 0.05000);

CREATE TABLE subscription_contract (
  id               UUID PRIMARY KEY,
  version          BIGINT NOT NULL,
  registration_id  UUID NOT NULL,
  subscriber       VARCHAR(150) NOT NULL,
  product          VARCHAR(40) NOT NULL,
  currency         VARCHAR(3) NOT NULL,
  start_date       DATE NOT NULL,
  term_months      INT NOT NULL,
  terms_version    INT NOT NULL REFERENCES program_terms (version),
  cancelled_from   DATE,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX subscription_contract_registration_idx ON subscription_contract (registration_id);

CREATE TABLE contract_partner (
  id           UUID PRIMARY KEY,
  contract_id  UUID NOT NULL REFERENCES subscription_contract (id),
  partner_id   UUID NOT NULL,
  rep_id       UUID,
  role         VARCHAR(20) NOT NULL,
  kind         VARCHAR(20) NOT NULL
);
CREATE INDEX contract_partner_contract_idx ON contract_partner (contract_id);
CREATE INDEX contract_partner_partner_idx ON contract_partner (partner_id);

CREATE TABLE contract_mrr_change (
  id              UUID PRIMARY KEY,
  contract_id     UUID NOT NULL REFERENCES subscription_contract (id),
  effective_from  DATE NOT NULL,
  mrr_amount      NUMERIC(19, 4) NOT NULL,
  reason          VARCHAR(200) NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contract_mrr_change_idx ON contract_mrr_change (contract_id, effective_from);

CREATE TABLE invoice (
  id            UUID PRIMARY KEY,
  contract_id   UUID NOT NULL REFERENCES subscription_contract (id),
  period_start  DATE NOT NULL,
  period_end    DATE NOT NULL,
  amount        NUMERIC(19, 4) NOT NULL,
  currency      VARCHAR(3) NOT NULL,
  due_on        DATE NOT NULL,
  issued_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX invoice_period_idx ON invoice (contract_id, period_start);

-- Money received (or given back): the same payment posted twice is recorded once, by its idempotency key.
CREATE TABLE payment (
  id                   UUID PRIMARY KEY,
  invoice_id           UUID NOT NULL REFERENCES invoice (id),
  contract_id          UUID NOT NULL REFERENCES subscription_contract (id),
  kind                 VARCHAR(20) NOT NULL,
  amount               NUMERIC(19, 4) NOT NULL,
  currency             VARCHAR(3) NOT NULL,
  commission_base      NUMERIC(19, 4) NOT NULL,
  received_on          DATE NOT NULL,
  idempotency_key      VARCHAR(100) NOT NULL,
  reverses_payment_id  UUID REFERENCES payment (id),
  recorded_by          UUID NOT NULL,
  recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX payment_idempotency_idx ON payment (idempotency_key);
CREATE INDEX payment_invoice_idx ON payment (invoice_id);

-- Append-only: nothing here is ever updated or deleted; a correction is an entry of its own.
CREATE TABLE commission_ledger_entry (
  id           UUID PRIMARY KEY,
  payment_id   UUID NOT NULL REFERENCES payment (id),
  contract_id  UUID NOT NULL REFERENCES subscription_contract (id),
  partner_id   UUID NOT NULL,
  rep_id       UUID,
  kind         VARCHAR(20) NOT NULL,
  rate         NUMERIC(7, 5) NOT NULL,
  base         NUMERIC(19, 4) NOT NULL,
  amount       NUMERIC(19, 4) NOT NULL,
  currency     VARCHAR(3) NOT NULL,
  booked_on    DATE NOT NULL,
  booked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX commission_ledger_partner_idx ON commission_ledger_entry (partner_id, booked_on);
CREATE INDEX commission_ledger_accrual_idx ON commission_ledger_entry (contract_id, partner_id, kind);
