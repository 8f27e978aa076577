-- What lead routing knows of a partner: its territory, expertise, and how many open leads it takes.
ALTER TABLE partner_company ADD COLUMN lead_flow_on BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE partner_company ADD COLUMN lead_capacity INT DEFAULT 10 NOT NULL;
ALTER TABLE partner_company ADD COLUMN postal_prefixes VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE partner_company ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE partner_company ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE partner_company ADD COLUMN products VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE partner_company ADD COLUMN industries VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE partner_company ADD COLUMN certifications VARCHAR(500) DEFAULT '' NOT NULL;
