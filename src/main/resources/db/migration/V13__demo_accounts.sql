-- The demo accounts (db/demo) have passwords that README prints, so the application must know them when it starts
-- without the demo: it disables them then (org.newsdesk.account.DemoAccounts). The demo content marks the accounts
-- it writes; no other account is ever marked.
ALTER TABLE user_account ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;

-- Demo accounts written before this column are the ones that still carry the demo content's password hashes: it
-- has always written these two, and bcrypt salts every other hash differently.
UPDATE user_account
SET demo = TRUE
WHERE password_hash IN ('{bcrypt}$2a$10$3lELtVHJlqsuHoqN37/lLOe0yJvQJRdiCY0wHFVaegFIjYyW7sEZm',
                        '{bcrypt}$2a$10$PnIgta0mf3urF2/3PZj/huprmMpxTbGPjVuCbB1WgBL7GaTvSD1Oi');
