-- Each partner type's onboarding checklist (steps with who does them and in how many days), and each new partner's
-- copy of its type's checklist, tracked step by step. Partners added before this migration have none: they are past
-- onboarding.
CREATE TABLE onboarding_step (
  type_code  VARCHAR(40) NOT NULL REFERENCES partner_type (code),
  position   INT NOT NULL,
  title      VARCHAR(200) NOT NULL,
  owner      VARCHAR(10) NOT NULL,
  due_days   INT NOT NULL,
  PRIMARY KEY (type_code, position)
);
INSERT INTO onboarding_step (type_code, position, title, owner, due_days)
SELECT t.code, s.position, s.title, s.owner, s.due_days
FROM partner_type t CROSS JOIN (VALUES
    (1, 'Sign the partner agreement', 'PARTNER', 7),
    (2, 'Kick-off call with your account manager', 'VENDOR', 14),
    (3, 'Invite your sales team to the portal', 'PARTNER', 14),
    (4, 'Complete the product training', 'PARTNER', 30),
    (5, 'Register your first opportunity', 'PARTNER', 60)) AS s (position, title, owner, due_days);

CREATE TABLE onboarding_task (
  partner_id  UUID NOT NULL REFERENCES partner_company (id),
  position    INT NOT NULL,
  title       VARCHAR(200) NOT NULL,
  owner       VARCHAR(10) NOT NULL,
  due_on      DATE NOT NULL,
  done_at     TIMESTAMP WITH TIME ZONE,
  done_by     UUID,
  PRIMARY KEY (partner_id, position)
);
