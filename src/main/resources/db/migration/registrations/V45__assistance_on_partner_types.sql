-- Whether a partner may ask for assistance is its type's to say now (partner_type.may_request_assistance, V43).
ALTER TABLE registration_settings DROP COLUMN assistance_partner_types;
