ALTER TABLE registration_settings ADD COLUMN warning_days VARCHAR(40) DEFAULT '75,105' NOT NULL;
ALTER TABLE registration_settings ADD COLUMN renewal_activity_days INT DEFAULT 30 NOT NULL;
ALTER TABLE registration ADD COLUMN protected_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE registration ADD COLUMN warnings_sent INT DEFAULT 0 NOT NULL;
ALTER TABLE registration ADD COLUMN renewal_requested_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX registration_protection_idx ON registration (status, protected_until);
