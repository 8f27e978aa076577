-- What each partner earned per currency and booking month, kept as ledger entries are booked (CommissionMonths): the
-- Overview's and the statements' balances read a few rows here instead of summing every ledger entry on every visit.
CREATE TABLE commission_month (
  partner_id    UUID NOT NULL,
  currency      VARCHAR(3) NOT NULL,
  booked_month DATE NOT NULL,
  amount        NUMERIC(19, 4) NOT NULL,
  entries       BIGINT NOT NULL,
  PRIMARY KEY (partner_id, currency, booked_month)
);
INSERT INTO commission_month (partner_id, currency, booked_month, amount, entries)
SELECT partner_id, currency, CAST(DATE_TRUNC('MONTH', booked_on) AS DATE), SUM(amount), COUNT(*)
FROM commission_ledger_entry GROUP BY partner_id, currency, CAST(DATE_TRUNC('MONTH', booked_on) AS DATE);

-- The contracts list, newest first, and a partner's contracts through its credits.
CREATE INDEX subscription_contract_created_idx ON subscription_contract (created_at, id);
DROP INDEX contract_partner_partner_idx;
CREATE INDEX contract_partner_partner_idx ON contract_partner (partner_id, contract_id);
CREATE INDEX invoice_flagged_idx ON invoice (flagged_past_due_on, due_on);
