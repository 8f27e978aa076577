-- A submission looks up all its keys in one statement, by value whatever the kind, as it does for claims.
DROP INDEX direct_opportunity_key_idx;
CREATE INDEX direct_opportunity_key_idx ON direct_opportunity_key (product, key_value, key_kind);
