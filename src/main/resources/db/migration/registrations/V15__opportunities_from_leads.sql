-- An opportunity that came from a vendor lead has no partner providing it: the vendor did.
ALTER TABLE registration ALTER COLUMN providing_partner_id DROP NOT NULL;
ALTER TABLE registration ALTER COLUMN providing_rep_id DROP NOT NULL;
INSERT INTO opportunity_source (code, label, active) VALUES ('VENDOR_LEAD', 'Lead from the vendor', TRUE);
