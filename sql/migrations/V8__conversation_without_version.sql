-- Every read of a conversation moves its read marker, so an optimistic version turned a read that
-- met a new message into a conflict. The markers only grow (each participant has their own), and
-- a message's time is its own row: nothing needs the version.
ALTER TABLE conversation DROP COLUMN version;
