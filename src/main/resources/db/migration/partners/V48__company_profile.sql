-- A partner company's profile: its HQ address and contact details (which its admin keeps up to date), and what the
-- vendor records of it: its size, the regions it serves, its specialisations and the programs it belongs to.
ALTER TABLE partner_company ADD COLUMN street VARCHAR(200);
ALTER TABLE partner_company ADD COLUMN postal_code VARCHAR(20);
ALTER TABLE partner_company ADD COLUMN phone VARCHAR(40);
ALTER TABLE partner_company ADD COLUMN email VARCHAR(200);
ALTER TABLE partner_company ADD COLUMN employees INT;
ALTER TABLE partner_company ADD COLUMN regions_served VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE partner_company ADD COLUMN specialisations VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE partner_company ADD COLUMN programs VARCHAR(500) DEFAULT '' NOT NULL;
