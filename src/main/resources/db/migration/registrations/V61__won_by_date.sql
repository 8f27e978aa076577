-- The tier assessment sums the deals won in the trailing year: read by the status changes into WON, by date.
CREATE INDEX registration_status_change_to_idx ON registration_status_change (to_status, changed_at);
