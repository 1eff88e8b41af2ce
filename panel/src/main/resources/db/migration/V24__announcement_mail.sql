-- Announcements may also go out by e-mail; the cursor is the last recipient's account id, so a mailing interrupted
-- by a crash continues after the last batch it committed instead of starting again.
ALTER TABLE announcement ADD email_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE announcement ADD mail_cursor BIGINT NULL;
ALTER TABLE announcement ADD emailed_at ${ts} NULL;
ALTER TABLE announcement ADD recipients INT DEFAULT 0 NOT NULL;
