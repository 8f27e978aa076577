-- The exact check looks up all of a submission's key values in one statement (product, value); the fuzzy check
-- reads a bucket's names from the index alone, within a length window.
DROP INDEX registration_claim_key_idx;
CREATE UNIQUE INDEX registration_claim_key_idx ON registration_claim (product, key_value, key_kind);
DROP INDEX registration_claim_bucket_idx;
CREATE INDEX registration_claim_bucket_idx ON registration_claim (product, key_kind, bucket, key_value);
