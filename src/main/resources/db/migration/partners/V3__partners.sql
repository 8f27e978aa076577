CREATE TABLE partner_company (
  id         UUID PRIMARY KEY,
  name       VARCHAR(150) NOT NULL,
  type       VARCHAR(30) NOT NULL,
  tier       VARCHAR(20) NOT NULL,
  country    VARCHAR(2) NOT NULL,
  region     VARCHAR(10),
  city       VARCHAR(100),
  website    VARCHAR(200),
  joined_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX partner_company_name_idx ON partner_company (name);
