-- What the partner program costs the vendor besides commissions (platform, people, marketing): for its ROI.
CREATE TABLE program_cost (
  id           UUID PRIMARY KEY,
  incurred_on  DATE NOT NULL,
  category     VARCHAR(20) NOT NULL,
  amount       NUMERIC(19, 4) NOT NULL,
  currency     VARCHAR(3) NOT NULL,
  note         VARCHAR(200),
  entered_by   UUID NOT NULL,
  entered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX program_cost_idx ON program_cost (currency, incurred_on);
