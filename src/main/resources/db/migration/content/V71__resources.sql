-- The Resources room (seed 002): the vendor's library of files and links, each with its versions (partners get the
-- current one; the history is kept), its audience by partner type, tier and brand (no row: every one), every download,
-- and each person's last visit (what is new since).
INSERT INTO portal_room (room_key, position, name) VALUES ('RESOURCES', 9, 'Resources');
CREATE TABLE resource_item (
  id               UUID PRIMARY KEY,
  version          BIGINT NOT NULL DEFAULT 0,
  title            VARCHAR(150) NOT NULL,
  description      VARCHAR(2000),
  category         VARCHAR(20) NOT NULL,
  tags             VARCHAR(300),
  current_version  INT NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX resource_item_updated_idx ON resource_item (updated_at, id);
CREATE INDEX resource_item_category_idx ON resource_item (category, updated_at, id);
CREATE TABLE resource_item_type (
  item_id    UUID NOT NULL REFERENCES resource_item (id),
  type_code  VARCHAR(40) NOT NULL REFERENCES partner_type (code),
  PRIMARY KEY (item_id, type_code)
);
CREATE TABLE resource_item_tier (
  item_id  UUID NOT NULL REFERENCES resource_item (id),
  tier     VARCHAR(10) NOT NULL,
  PRIMARY KEY (item_id, tier)
);
CREATE TABLE resource_item_brand (
  item_id     UUID NOT NULL REFERENCES resource_item (id),
  brand_code  VARCHAR(40) NOT NULL,
  PRIMARY KEY (item_id, brand_code)
);
CREATE TABLE resource_version (
  id            UUID PRIMARY KEY,
  item_id       UUID NOT NULL REFERENCES resource_item (id),
  number        INT NOT NULL,
  file_key      VARCHAR(40),
  file_name     VARCHAR(200),
  content_type  VARCHAR(100),
  size_bytes    BIGINT,
  link          VARCHAR(500),
  note          VARCHAR(300),
  uploaded_by   UUID NOT NULL,
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (item_id, number)
);
CREATE TABLE resource_download (
  id          UUID PRIMARY KEY,
  item_id     UUID NOT NULL REFERENCES resource_item (id),
  number      INT NOT NULL,
  person_id   UUID NOT NULL,
  partner_id  UUID,
  at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX resource_download_item_idx ON resource_download (item_id, at);
CREATE INDEX resource_download_partner_idx ON resource_download (partner_id, at);
CREATE TABLE resource_visit (
  person_id       UUID PRIMARY KEY,
  previous_visit  TIMESTAMP WITH TIME ZONE,
  last_visit      TIMESTAMP WITH TIME ZONE NOT NULL
);
