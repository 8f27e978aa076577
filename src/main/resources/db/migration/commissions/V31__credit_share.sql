-- The share of a partner's credit on a contract (a co-sell split divides it); commission and attributed revenue follow it.
ALTER TABLE contract_partner ADD COLUMN credit_share NUMERIC(5, 4) DEFAULT 1 NOT NULL;
-- Seed 004: influence earns a bonus or a reduced rate, below registration commission. A fresh installation's first
-- terms say so; an installation that already paid influence commission keeps the terms it paid it under.
UPDATE program_terms SET summary = '5% of the MRR a subscriber''s payment covers for registration and referral commission, '
  || '2.5% for the influence bonus, paid when the payment is received.'
  WHERE version = 1 AND summary LIKE '%influence alike.' AND NOT EXISTS (SELECT 1 FROM commission_ledger_entry WHERE kind = 'INFLUENCE');
UPDATE commission_rate SET rate = 0.025 WHERE terms_version = 1 AND kind = 'INFLUENCE' AND scope = 'PROGRAM'
  AND NOT EXISTS (SELECT 1 FROM commission_ledger_entry WHERE kind = 'INFLUENCE');
-- A ledger entry's rate is the rate times the credit's share: room for both.
ALTER TABLE commission_ledger_entry ALTER COLUMN rate SET DATA TYPE NUMERIC(12, 9);
