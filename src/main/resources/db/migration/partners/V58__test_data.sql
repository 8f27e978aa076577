-- Partners the channel team marks as test or onboarding data: left out of every score and report (seed 004 edge case).
ALTER TABLE partner_company ADD COLUMN test_data BOOLEAN DEFAULT FALSE NOT NULL;
