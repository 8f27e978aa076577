-- Changes of one moment (e.g. submitted and at once rejected as a duplicate) keep the order they were made in.
ALTER TABLE registration_status_change ADD COLUMN step_number INT DEFAULT 0 NOT NULL;
