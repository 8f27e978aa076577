-- Partner types are the vendor's data (PartnerTypes), not a fixed list: the five of before keep their codes, and
-- Distributor and OEM join them. What a type decides moves onto it from the settings that held it: whether its
-- partners take vendor leads (lead_settings.lead_types, dropped by V44) and may ask for assistance
-- (registration_settings.assistance_partner_types, dropped by V45).
CREATE TABLE partner_type (
  code                    VARCHAR(40) PRIMARY KEY,
  name                    VARCHAR(80) NOT NULL,
  takes_vendor_leads      BOOLEAN NOT NULL,
  may_request_assistance  BOOLEAN NOT NULL,
  position                INT NOT NULL
);
INSERT INTO partner_type (code, name, takes_vendor_leads, may_request_assistance, position)
SELECT t.code, t.name,
  COALESCE((SELECT (',' || s.lead_types || ',') LIKE ('%,' || t.code || ',%') FROM lead_settings s WHERE s.id = 1), FALSE),
  COALESCE((SELECT (',' || s.assistance_partner_types || ',') LIKE ('%,' || t.code || ',%') FROM registration_settings s), FALSE),
  t.position
FROM (VALUES ('SALES_PARTNER', 'Sales Partner', 1), ('APPLICATION_PARTNER', 'Application Partner', 2),
             ('REFERRAL_PARTNER', 'Referral Partner', 3), ('RESELLER', 'Reseller', 4),
             ('SYSTEM_INTEGRATOR', 'System Integrator', 5), ('DISTRIBUTOR', 'Distributor', 6), ('OEM', 'OEM', 7))
  AS t (code, name, position);
ALTER TABLE partner_company ADD CONSTRAINT partner_company_type_fk FOREIGN KEY (type) REFERENCES partner_type (code);

-- Tiers follow seed 004: Bronze, Silver, Gold, Platinum. The entry tier "Registered" is Bronze.
UPDATE partner_company SET tier = 'BRONZE' WHERE tier = 'REGISTERED';

-- Each change of a partner's type or tier, with why, by whom and when.
CREATE TABLE partner_change (
  id          UUID PRIMARY KEY,
  partner_id  UUID NOT NULL REFERENCES partner_company (id),
  field       VARCHAR(10) NOT NULL,
  from_value  VARCHAR(40),
  to_value    VARCHAR(40) NOT NULL,
  reason      VARCHAR(500) NOT NULL,
  changed_by  UUID,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX partner_change_partner_idx ON partner_change (partner_id, changed_at);
