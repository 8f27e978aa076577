-- Each person reads their notices: the Overview tells what is new since they last read.
ALTER TABLE portal_notification ADD COLUMN read_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX portal_notification_unread_idx ON portal_notification (recipient_id, read_at);
