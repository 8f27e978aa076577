-- The portal's rooms (seed 002): their order and name, their name per brand, and the partner types and tiers that
-- see each (no row: every type, or every tier).
CREATE TABLE portal_room (
  room_key  VARCHAR(40) PRIMARY KEY,
  position  INT NOT NULL,
  name      VARCHAR(40) NOT NULL,
  version   BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE portal_room_brand_name (
  room_key    VARCHAR(40) NOT NULL REFERENCES portal_room (room_key),
  brand_code  VARCHAR(40) NOT NULL,
  name        VARCHAR(40) NOT NULL,
  PRIMARY KEY (room_key, brand_code)
);
CREATE TABLE portal_room_type (
  room_key   VARCHAR(40) NOT NULL REFERENCES portal_room (room_key),
  type_code  VARCHAR(40) NOT NULL REFERENCES partner_type (code),
  PRIMARY KEY (room_key, type_code)
);
CREATE TABLE portal_room_tier (
  room_key  VARCHAR(40) NOT NULL REFERENCES portal_room (room_key),
  tier      VARCHAR(10) NOT NULL,
  PRIMARY KEY (room_key, tier)
);
INSERT INTO portal_room (room_key, position, name) VALUES
  ('OVERVIEW', 1, 'Overview'),
  ('LEADS', 2, 'Prospects'),
  ('DEALS', 3, 'Deals'),
  ('COMMISSIONS', 4, 'Commissions'),
  ('PERFORMANCE', 5, 'Performance'),
  ('TRAINING', 6, 'Training');
