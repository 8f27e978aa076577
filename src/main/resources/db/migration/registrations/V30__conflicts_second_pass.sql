-- Co-sell splits the credit: each partner on a deal holds a share of it (1 = all of its part).
ALTER TABLE registration_partner ADD COLUMN credit_share NUMERIC(5, 4) DEFAULT 1 NOT NULL;
-- A conflict records the split it was decided with, and whether it was escalated for taking too long.
ALTER TABLE channel_conflict ADD COLUMN split NUMERIC(5, 4);
ALTER TABLE channel_conflict ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX channel_conflict_detected_idx ON channel_conflict (detected_at);
