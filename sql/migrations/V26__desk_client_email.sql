-- CRM clients by email within a workspace: a client or customer written with an email links the
-- workspace's CRM clients of that email to its portal account at once.
CREATE INDEX ix_desk_client_email ON desk_client (tenant_id, email);
