-- The certifications a partner company holds, with the date each expires (none: it does not expire).
CREATE TABLE partner_certification (
  partner_id  UUID NOT NULL REFERENCES partner_company (id),
  name        VARCHAR(100) NOT NULL,
  expires_on  DATE,
  PRIMARY KEY (partner_id, name)
);
