-- Payouts: a batch of ledger lines approved for payment and then paid; a line is in one batch at most.
CREATE TABLE payout_batch (
  id           UUID PRIMARY KEY,
  version      BIGINT NOT NULL,
  status       VARCHAR(20) NOT NULL,
  up_to        DATE NOT NULL,
  prepared_by  UUID NOT NULL,
  prepared_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  approved_by  UUID,
  approved_at  TIMESTAMP WITH TIME ZONE,
  paid_on      DATE,
  reference    VARCHAR(100)
);
CREATE TABLE payout_line (
  id          UUID PRIMARY KEY,
  batch_id    UUID NOT NULL REFERENCES payout_batch (id),
  entry_id    UUID NOT NULL REFERENCES commission_ledger_entry (id),
  partner_id  UUID NOT NULL,
  amount      NUMERIC(19, 4) NOT NULL,
  currency    VARCHAR(3) NOT NULL
);
CREATE UNIQUE INDEX payout_line_entry_idx ON payout_line (entry_id);
CREATE INDEX payout_line_batch_idx ON payout_line (batch_id);
CREATE INDEX payout_line_partner_idx ON payout_line (partner_id);
