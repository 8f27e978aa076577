-- The vendor's safeguards: how long API tokens live, and whether a payout needs a second vendor admin.
CREATE TABLE security_settings (
  id                       INT PRIMARY KEY,
  api_token_lifetime_days  INT NOT NULL,
  payout_four_eyes         BOOLEAN NOT NULL
);
INSERT INTO security_settings (id, api_token_lifetime_days, payout_four_eyes) VALUES (1, 90, TRUE);

-- A token may expire; tokens made before this change keep working until revoked.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
