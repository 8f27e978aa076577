-- How often a contract is invoiced: every month by default, or every 3 or 12 months.
ALTER TABLE subscription_contract ADD COLUMN billing_months INT DEFAULT 1 NOT NULL;
