-- Names look for lookalikes through blocking keys (each telling word of a name and its one-letter deletions, with the
-- name's length; and its telling words together), no longer in a bucket of their first three characters. The keys of
-- registrations made before are written by V33 (a Java migration, org.concord.registrations.RekeyMatchKeys).
DROP INDEX registration_claim_bucket_idx;
ALTER TABLE registration_claim DROP COLUMN bucket;
CREATE TABLE registration_name_key (
  product          VARCHAR(40) NOT NULL,
  key_value        VARCHAR(220) NOT NULL,
  name             VARCHAR(400) NOT NULL,
  registration_id  UUID NOT NULL REFERENCES registration (id)
);
CREATE INDEX registration_name_key_idx ON registration_name_key (product, key_value, name);
CREATE INDEX registration_name_key_registration_idx ON registration_name_key (registration_id);
