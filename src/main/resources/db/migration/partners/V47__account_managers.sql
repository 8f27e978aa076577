-- Each partner has a vendor channel manager (or vendor admin) who looks after it; the channel team's queues show
-- "my partners" (and the partners nobody looks after yet) by default.
ALTER TABLE partner_company ADD COLUMN account_manager_id UUID;
CREATE INDEX partner_company_manager_idx ON partner_company (account_manager_id);
