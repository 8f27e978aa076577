CREATE TABLE direct_opportunity (
  id            UUID PRIMARY KEY,
  company_name  VARCHAR(150) NOT NULL,
  website       VARCHAR(200),
  email         VARCHAR(200),
  phone         VARCHAR(40),
  product       VARCHAR(40) NOT NULL,
  stage         VARCHAR(20) NOT NULL,
  owner_id      UUID NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  advanced_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE direct_opportunity_key (
  id         UUID PRIMARY KEY,
  direct_id  UUID NOT NULL REFERENCES direct_opportunity (id),
  product    VARCHAR(40) NOT NULL,
  key_kind   VARCHAR(10) NOT NULL,
  key_value  VARCHAR(200) NOT NULL
);
CREATE INDEX direct_opportunity_key_idx ON direct_opportunity_key (product, key_kind, key_value);

CREATE TABLE channel_conflict (
  id               UUID PRIMARY KEY,
  registration_id  UUID NOT NULL REFERENCES registration (id),
  direct_id        UUID NOT NULL REFERENCES direct_opportunity (id),
  rule_applied     VARCHAR(40) NOT NULL,
  decision         VARCHAR(20) NOT NULL,
  pending          BOOLEAN NOT NULL,
  reason           VARCHAR(2000) NOT NULL,
  detected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_at       TIMESTAMP WITH TIME ZONE,
  decided_by       UUID,
  CONSTRAINT channel_conflict_pair UNIQUE (registration_id, direct_id)
);
CREATE INDEX channel_conflict_pending_idx ON channel_conflict (pending, detected_at);
