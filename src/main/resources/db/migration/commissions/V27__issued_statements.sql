-- Monthly statements, once issued, are final: no payment may be dated into an issued month any more.
CREATE TABLE issued_statement_month (
  statement_month  VARCHAR(7) PRIMARY KEY,
  issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  issued_by        UUID NOT NULL
);
