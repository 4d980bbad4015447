-- Follower and following counts stored on the account (issue 12: counts are stored, not counted per
-- view). The follow adapter moves them in the transaction that adds or removes a follows row, and
-- deleting an account takes its follows out of the other side's counts. The same SQL runs on
-- PostgreSQL and on H2.
ALTER TABLE users ADD COLUMN follower_count BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE users ADD COLUMN following_count BIGINT DEFAULT 0 NOT NULL;

UPDATE users SET
    follower_count = (SELECT COUNT(*) FROM follows f WHERE f.followed_id = users.id),
    following_count = (SELECT COUNT(*) FROM follows f WHERE f.follower_id = users.id);
