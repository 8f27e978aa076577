-- The month-end run reads one month of the ledger by its booking date: a covering index, so it is index-only.
CREATE INDEX commission_ledger_booked_idx ON commission_ledger_entry (booked_on, partner_id, currency, base, amount);
