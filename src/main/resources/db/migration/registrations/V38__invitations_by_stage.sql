-- The Deals room of an invited partner: its invitations read in the room's order (stage, expected close date) from
-- the junction table's own index, as the newest-first lists read them by submission time (V34). The registration
-- keeps these two copies equal to its own as its stage and close date move (Registration.changeStage, renewal update).
ALTER TABLE registration_partner ADD COLUMN stage VARCHAR(20);
ALTER TABLE registration_partner ADD COLUMN expected_close_date DATE;
UPDATE registration_partner SET
  stage = (SELECT r.stage FROM registration r WHERE r.id = registration_partner.registration_id),
  expected_close_date = (SELECT r.expected_close_date FROM registration r WHERE r.id = registration_partner.registration_id);
ALTER TABLE registration_partner ALTER COLUMN stage SET NOT NULL;
ALTER TABLE registration_partner ALTER COLUMN expected_close_date SET NOT NULL;
CREATE INDEX registration_partner_invited_stage_idx
  ON registration_partner (partner_id, invited, stage, expected_close_date, registration_id);
