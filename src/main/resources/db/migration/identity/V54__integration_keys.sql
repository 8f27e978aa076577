-- Keys the vendor gives its own systems (the website, marketing automation) to call one part of the API without a
-- person's account: today, sending partner prospects. Only a hash of the secret is kept.
CREATE TABLE integration_key (
  id            UUID PRIMARY KEY,
  name          VARCHAR(100) NOT NULL,
  scope         VARCHAR(20) NOT NULL,
  secret_hash   VARCHAR(64) NOT NULL UNIQUE,
  created_by    UUID NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at  TIMESTAMP WITH TIME ZONE,
  revoked_at    TIMESTAMP WITH TIME ZONE
);
