-- The lead lists, newest first: everyone's, by status, a partner's, a partner's by status.
CREATE INDEX lead_created_idx ON lead (created_at, id);
DROP INDEX lead_partner_idx;
CREATE INDEX lead_partner_idx ON lead (partner_id, created_at, id);
CREATE INDEX lead_partner_status_idx ON lead (partner_id, status, created_at, id);
