-- Badges: the vendor's definitions with their award rule, and each award to a partner (kept when revoked).
CREATE TABLE badge (
  id             UUID PRIMARY KEY,
  version        BIGINT NOT NULL,
  name           VARCHAR(80) NOT NULL,
  description    VARCHAR(300),
  rule           VARCHAR(20) NOT NULL,
  threshold      INT,
  certification  VARCHAR(150),
  active         BOOLEAN NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT badge_name_unique UNIQUE (name)
);
INSERT INTO badge (id, version, name, description, rule, threshold, certification, active, created_at) VALUES
  ('6f1c3a52-5b1e-4d0e-9a51-0b5c1f6f0001', 0, 'First deal', 'Won its first deal', 'FIRST_DEAL', NULL, NULL, TRUE, CURRENT_TIMESTAMP),
  ('6f1c3a52-5b1e-4d0e-9a51-0b5c1f6f0002', 0, 'Ten deals won', 'Won ten deals', 'DEALS_WON', 10, NULL, TRUE, CURRENT_TIMESTAMP),
  ('6f1c3a52-5b1e-4d0e-9a51-0b5c1f6f0003', 0, 'Certified', 'One of its people earned a certification', 'CERTIFICATION', NULL, NULL, TRUE, CURRENT_TIMESTAMP),
  ('6f1c3a52-5b1e-4d0e-9a51-0b5c1f6f0004', 0, 'At the event', 'Attended a vendor event', 'EVENT_ATTENDED', 1, NULL, TRUE, CURRENT_TIMESTAMP),
  ('6f1c3a52-5b1e-4d0e-9a51-0b5c1f6f0005', 0, 'Target reached', 'Won its yearly sales target', 'TARGET_REACHED', NULL, NULL, TRUE, CURRENT_TIMESTAMP),
  ('6f1c3a52-5b1e-4d0e-9a51-0b5c1f6f0006', 0, 'Partner of the quarter', 'Chosen by the channel team', 'MANUAL', NULL, NULL, TRUE, CURRENT_TIMESTAMP);

CREATE TABLE badge_award (
  id             UUID PRIMARY KEY,
  badge_id       UUID NOT NULL REFERENCES badge (id),
  partner_id     UUID NOT NULL,
  awarded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  reason         VARCHAR(500) NOT NULL,
  awarded_by     UUID,
  revoked_at     TIMESTAMP WITH TIME ZONE,
  revoked_by     UUID,
  revoke_reason  VARCHAR(500)
);
CREATE INDEX badge_award_partner_idx ON badge_award (partner_id, awarded_at);
CREATE INDEX badge_award_badge_idx ON badge_award (badge_id, partner_id);
