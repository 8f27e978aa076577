-- Sub-accounts: a partner company may be a branch or region of another (one level: a sub-account has none of its
-- own). The parent decides whether its sub-accounts' people see its own records too. Each company, parent or
-- sub-account, may have an annual sales target.
ALTER TABLE partner_company ADD COLUMN parent_id UUID REFERENCES partner_company (id);
ALTER TABLE partner_company ADD COLUMN sub_accounts_see_parent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE partner_company ADD COLUMN sales_target NUMERIC(19, 4);
ALTER TABLE partner_company ADD COLUMN sales_target_currency VARCHAR(3);
CREATE INDEX partner_company_parent_idx ON partner_company (parent_id);
