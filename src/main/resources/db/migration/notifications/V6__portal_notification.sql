CREATE TABLE portal_notification (
  id            UUID PRIMARY KEY,
  recipient_id  UUID NOT NULL,
  message       VARCHAR(500) NOT NULL,
  link          VARCHAR(300),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portal_notification_recipient_idx ON portal_notification (recipient_id, created_at);
