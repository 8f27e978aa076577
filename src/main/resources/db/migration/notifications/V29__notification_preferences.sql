-- Each person chooses, per topic, how they hear of it: a mail at once, one daily digest, or the portal only.
CREATE TABLE notification_preference (
  user_id   UUID NOT NULL,
  topic     VARCHAR(40) NOT NULL,
  delivery  VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, topic)
);

-- What waits for a person's next daily digest.
CREATE TABLE digest_item (
  id            UUID PRIMARY KEY,
  recipient_id  UUID NOT NULL,
  recipient     VARCHAR(200) NOT NULL,
  sender        VARCHAR(200) NOT NULL,
  topic         VARCHAR(40) NOT NULL,
  headline      VARCHAR(500) NOT NULL,
  link          VARCHAR(500),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX digest_item_pending_idx ON digest_item (sent_at, recipient_id, created_at);
