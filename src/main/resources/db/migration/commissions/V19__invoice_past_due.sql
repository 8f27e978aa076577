-- When an unpaid invoice was flagged past due (the vendor and the partner are told once).
ALTER TABLE invoice ADD COLUMN flagged_past_due_on DATE;
CREATE INDEX invoice_due_idx ON invoice (due_on, flagged_past_due_on);
