-- A partner's Overview shows its offered leads with the nearest contact deadline first (Leads.waitingForMe).
CREATE INDEX lead_partner_due_idx ON lead (partner_id, status, contact_due_at);
