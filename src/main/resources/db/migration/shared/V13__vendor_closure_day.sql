-- Days the vendor is closed, on top of the public holidays of its country and region (business calendar).
CREATE TABLE vendor_closure_day (
  closed_on  DATE PRIMARY KEY,
  reason     VARCHAR(200)
);
