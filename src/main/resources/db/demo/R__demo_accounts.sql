-- Demo staff accounts, part of the switchable demo content (never loaded in production).
-- editor / newsroom-editor-2026 (role EDITOR) and admin / newsroom-admin-2026 (roles EDITOR and ADMIN).
-- Hashes are bcrypt, in the prefixed format of Spring Security's delegating password encoder.
INSERT INTO user_account (id, username, display_name, password_hash)
VALUES (1, 'editor', 'Eva Editor', '{bcrypt}$2a$10$3lELtVHJlqsuHoqN37/lLOe0yJvQJRdiCY0wHFVaegFIjYyW7sEZm'),
       (2, 'admin', 'Adam Admin', '{bcrypt}$2a$10$PnIgta0mf3urF2/3PZj/huprmMpxTbGPjVuCbB1WgBL7GaTvSD1Oi')
ON DUPLICATE KEY UPDATE display_name = VALUES(display_name), password_hash = VALUES(password_hash),
                        enabled = TRUE, failed_logins = 0, locked_until = NULL;

INSERT IGNORE INTO user_role (user_id, role)
VALUES (1, 'EDITOR'),
       (2, 'EDITOR'),
       (2, 'ADMIN');
