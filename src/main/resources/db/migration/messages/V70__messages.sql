-- The Messages room (seed 002): threads by topic between a partner's people and the vendor, each message in Markdown,
-- and how far each person has read each thread.
INSERT INTO portal_room (room_key, position, name) VALUES ('MESSAGES', 8, 'Messages');
CREATE TABLE message_thread (
  id               UUID PRIMARY KEY,
  version          BIGINT NOT NULL DEFAULT 0,
  partner_id       UUID NOT NULL REFERENCES partner_company (id),
  topic            VARCHAR(150) NOT NULL,
  started_by       UUID NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  last_message_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  messages         INT NOT NULL
);
CREATE INDEX message_thread_partner_idx ON message_thread (partner_id, last_message_at, id);
CREATE INDEX message_thread_latest_idx ON message_thread (last_message_at, id);
CREATE TABLE message (
  id          UUID PRIMARY KEY,
  thread_id   UUID NOT NULL REFERENCES message_thread (id),
  author_id   UUID NOT NULL,
  author_name VARCHAR(100) NOT NULL,
  vendor_side BOOLEAN NOT NULL,
  body        VARCHAR(10000) NOT NULL,
  sent_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX message_thread_idx ON message (thread_id, sent_at, id);
CREATE TABLE message_read (
  thread_id  UUID NOT NULL REFERENCES message_thread (id),
  person_id  UUID NOT NULL,
  read_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (thread_id, person_id)
);
