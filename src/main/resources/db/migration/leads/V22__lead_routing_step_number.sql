-- Steps of one transaction share a moment: the history is ordered by each step's number within its lead.
ALTER TABLE lead_routing_step ADD COLUMN step_number INT DEFAULT 0 NOT NULL;
