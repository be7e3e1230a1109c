-- The full visit form. Rows stored before this step, and visits from apps that do not send a type, were
-- statutory visits: the first app recorded nothing else.
ALTER TABLE visit ADD COLUMN visit_type VARCHAR(20) NOT NULL DEFAULT 'statutory';
ALTER TABLE visit ADD COLUMN not_alone_code VARCHAR(40);
ALTER TABLE visit ADD COLUMN bedroom_seen BOOLEAN;
ALTER TABLE visit ADD COLUMN child_views TEXT;
ALTER TABLE visit ADD COLUMN observations TEXT;
ALTER TABLE visit ADD COLUMN actions TEXT;
