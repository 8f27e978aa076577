CREATE TABLE brand (
  id                 UUID PRIMARY KEY,
  code               VARCHAR(40) NOT NULL UNIQUE,
  name               VARCHAR(100) NOT NULL,
  host               VARCHAR(200) NOT NULL UNIQUE,
  primary_colour     VARCHAR(7) NOT NULL,
  accent_colour      VARCHAR(7) NOT NULL,
  support_email      VARCHAR(200) NOT NULL,
  sender_address     VARCHAR(200) NOT NULL,
  logo               BYTEA,
  logo_content_type  VARCHAR(40),
  default_brand      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE user_account (
  id             UUID PRIMARY KEY,
  username       VARCHAR(60) NOT NULL UNIQUE,
  email          VARCHAR(200) NOT NULL,
  display_name   VARCHAR(100) NOT NULL,
  partner_id     UUID,
  role           VARCHAR(30) NOT NULL,
  status         VARCHAR(20) NOT NULL,
  password_hash  VARCHAR(200),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  last_login_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT user_account_side CHECK ((role IN ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'VENDOR_SALES_REP') AND partner_id IS NULL)
                                   OR (role IN ('PARTNER_ADMIN', 'PARTNER_REP') AND partner_id IS NOT NULL))
);
CREATE INDEX user_account_email_idx ON user_account (email);
CREATE INDEX user_account_partner_idx ON user_account (partner_id);

CREATE TABLE one_time_token (
  id          UUID PRIMARY KEY,
  user_id     UUID NOT NULL REFERENCES user_account (id),
  token_hash  VARCHAR(64) NOT NULL UNIQUE,
  purpose     VARCHAR(20) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX one_time_token_user_idx ON one_time_token (user_id);

CREATE TABLE api_token (
  id            UUID PRIMARY KEY,
  user_id       UUID NOT NULL REFERENCES user_account (id),
  name          VARCHAR(100) NOT NULL,
  token_hash    VARCHAR(64) NOT NULL UNIQUE,
  hint          VARCHAR(20) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at  TIMESTAMP WITH TIME ZONE,
  revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

CREATE TABLE login_throttle (
  throttle_key   VARCHAR(200) PRIMARY KEY,
  failures       INT NOT NULL,
  window_start   TIMESTAMP WITH TIME ZONE,
  blocked_until  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE audit_entry (
  id              UUID PRIMARY KEY,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  actor           VARCHAR(100) NOT NULL,
  action          VARCHAR(60) NOT NULL,
  subject         VARCHAR(200),
  detail          VARCHAR(500),
  client_address  VARCHAR(64)
);
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, occurred_at);

-- Spring Session JDBC: sessions in the database, shared by every node.
CREATE TABLE spring_session (
  primary_id             CHAR(36) NOT NULL,
  session_id             CHAR(36) NOT NULL,
  creation_time          BIGINT NOT NULL,
  last_access_time       BIGINT NOT NULL,
  max_inactive_interval  INT NOT NULL,
  expiry_time            BIGINT NOT NULL,
  principal_name         VARCHAR(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
  session_primary_id  CHAR(36) NOT NULL,
  attribute_name      VARCHAR(200) NOT NULL,
  attribute_bytes     BYTEA NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
