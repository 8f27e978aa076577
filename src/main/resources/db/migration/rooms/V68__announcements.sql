-- Announcements the vendor posts to partners on the Overview: targeted by partner type, tier and brand (no row:
-- every one), shown from a moment, until an optional end, pinned ones first; withdrawn ones are kept, not shown.
CREATE TABLE announcement (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL DEFAULT 0,
  title         VARCHAR(150) NOT NULL,
  body          VARCHAR(5000) NOT NULL,
  pinned        BOOLEAN NOT NULL,
  publish_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE,
  withdrawn_at  TIMESTAMP WITH TIME ZONE,
  posted_by     UUID NOT NULL,
  posted_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX announcement_live_idx ON announcement (publish_at, expires_at);
CREATE TABLE announcement_type (
  announcement_id  UUID NOT NULL REFERENCES announcement (id),
  type_code        VARCHAR(40) NOT NULL REFERENCES partner_type (code),
  PRIMARY KEY (announcement_id, type_code)
);
CREATE TABLE announcement_tier (
  announcement_id  UUID NOT NULL REFERENCES announcement (id),
  tier             VARCHAR(10) NOT NULL,
  PRIMARY KEY (announcement_id, tier)
);
CREATE TABLE announcement_brand (
  announcement_id  UUID NOT NULL REFERENCES announcement (id),
  brand_code       VARCHAR(40) NOT NULL,
  PRIMARY KEY (announcement_id, brand_code)
);
