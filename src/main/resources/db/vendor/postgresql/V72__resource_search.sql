-- PostgreSQL's full-text search over the library: titles, descriptions and tags, stemmed in English.
CREATE INDEX resource_item_search_idx ON resource_item
  USING GIN (to_tsvector('english', title || ' ' || coalesce(description, '') || ' ' || coalesce(tags, '')));
