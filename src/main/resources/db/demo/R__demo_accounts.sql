-- Demo staff accounts, part of the demo content that only the profile demo loads.
-- editor / newsroom-editor-2026 (role EDITOR), admin / newsroom-admin-2026 (roles EDITOR and ADMIN) and
-- translator / newsroom-translator-2026 (role TRANSLATOR for French and German).
-- Hashes are bcrypt, in the prefixed format of Spring Security's delegating password encoder.
-- Marked demo: a start without the profile demo disables them, since README prints their passwords.
-- An account of the organisation's own that already holds one of these ids or usernames (the demo switched on in a
-- database that ran without it) keeps its password and roles: only rows marked demo are reset or get demo roles.
INSERT INTO user_account (id, username, display_name, password_hash, demo)
VALUES (1, 'editor', 'Eva Editor', '{bcrypt}$2a$10$3lELtVHJlqsuHoqN37/lLOe0yJvQJRdiCY0wHFVaegFIjYyW7sEZm', TRUE),
       (2, 'admin', 'Adam Admin', '{bcrypt}$2a$10$PnIgta0mf3urF2/3PZj/huprmMpxTbGPjVuCbB1WgBL7GaTvSD1Oi', TRUE),
       (3, 'translator', 'Tess Translator', '{bcrypt}$2a$10$AX6YCrjlW1k/EsF.xiWCTend7BIYnWR6wGyibz8wBO9NaXws1F8sS', TRUE)
ON DUPLICATE KEY UPDATE display_name  = IF(demo, VALUES(display_name), display_name),
                        password_hash = IF(demo, VALUES(password_hash), password_hash),
                        enabled       = enabled OR demo,
                        failed_logins = IF(demo, 0, failed_logins),
                        locked_until  = IF(demo, NULL, locked_until);

INSERT IGNORE INTO user_role (user_id, role)
SELECT account.id, demo_role.role
FROM user_account account
JOIN (SELECT 1 AS id, 'EDITOR' AS role UNION ALL SELECT 2, 'EDITOR' UNION ALL SELECT 2, 'ADMIN'
      UNION ALL SELECT 3, 'TRANSLATOR') demo_role
  ON demo_role.id = account.id
WHERE account.demo;

INSERT IGNORE INTO user_language (user_id, lang)
SELECT account.id, demo_language.lang
FROM user_account account
JOIN (SELECT 3 AS id, 'fr' AS lang UNION ALL SELECT 3, 'de') demo_language
  ON demo_language.id = account.id
WHERE account.demo;
