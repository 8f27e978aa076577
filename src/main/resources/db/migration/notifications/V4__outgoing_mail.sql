CREATE TABLE outgoing_mail (
  id            UUID PRIMARY KEY,
  sender        VARCHAR(200) NOT NULL,
  recipient     VARCHAR(200) NOT NULL,
  subject       VARCHAR(300) NOT NULL,
  body          VARCHAR(20000) NOT NULL,
  status        VARCHAR(20) NOT NULL,
  queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  delivered_at  TIMESTAMP WITH TIME ZONE,
  failure       VARCHAR(255)
);
CREATE INDEX outgoing_mail_queued_idx ON outgoing_mail (queued_at);
