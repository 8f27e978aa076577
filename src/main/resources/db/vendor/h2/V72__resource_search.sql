-- H2 has no full-text index of this kind: the library is searched word by word (see ResourceSearch).
SELECT 1;
