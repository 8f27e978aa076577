-- Each person's own settings: the time zone pages show times in (none: the vendor's), a phone number, and how they
-- prefer to be reached (shown in the partnership's Contacts directory).
ALTER TABLE user_account ADD COLUMN time_zone VARCHAR(60);
ALTER TABLE user_account ADD COLUMN phone VARCHAR(40);
ALTER TABLE user_account ADD COLUMN preferred_channel VARCHAR(10);
