-- A partner person's functional role (sales, technical, marketing, executive, finance), beside the access role.
ALTER TABLE user_account ADD COLUMN functional_role VARCHAR(20);
