-- The Contacts room (seed 002): the partnership's team directory, with a feed of who joined, left or changed role.
INSERT INTO portal_room (room_key, position, name) VALUES ('CONTACTS', 7, 'Contacts');
CREATE TABLE team_change (
  id          UUID PRIMARY KEY,
  partner_id  UUID NOT NULL,
  person_id   UUID,
  change      VARCHAR(300) NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX team_change_partner_idx ON team_change (partner_id, at, id);
