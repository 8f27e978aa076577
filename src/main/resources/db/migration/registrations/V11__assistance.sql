CREATE TABLE assistance_request (
  id               UUID PRIMARY KEY,
  registration_id  UUID NOT NULL REFERENCES registration (id),
  partner_id       UUID NOT NULL,
  requested_by     UUID NOT NULL,
  kind             VARCHAR(30) NOT NULL,
  question         VARCHAR(2000) NOT NULL,
  requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  answer           VARCHAR(4000),
  answered_by      UUID,
  answered_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX assistance_request_open_idx ON assistance_request (answered_at, requested_at);
CREATE INDEX assistance_request_registration_idx ON assistance_request (registration_id);
