-- The one-time token of an account email's link (confirm, reset, invite) is kept apart from the
-- email's bodies, which carry a placeholder instead: the mailer puts it in as it sends and forgets
-- it once the SMTP server took the email (or the mailer gave up), so a sent email keeps no usable
-- link at rest. Account tokens themselves are stored only as hashes (account_token).
ALTER TABLE email_message ADD COLUMN link_secret VARCHAR(64) NULL;

-- Emails already sent or given up keep no token in their bodies either.
UPDATE email_message
   SET text_body = REGEXP_REPLACE(text_body, 'token=[A-Za-z0-9_-]{43}', 'token=(used)'),
       html_body = REGEXP_REPLACE(html_body, 'token=[A-Za-z0-9_-]{43}', 'token=(used)')
 WHERE status <> 'PENDING' AND text_body LIKE '%token=%';
