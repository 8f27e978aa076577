-- Whether a partner takes vendor leads is its type's to say now (partner_type.takes_vendor_leads, filled by V43).
ALTER TABLE lead_settings DROP COLUMN lead_types;
-- The entry tier "Registered" is Bronze (V43).
UPDATE lead_settings SET minimum_tier = 'BRONZE' WHERE minimum_tier = 'REGISTERED';
