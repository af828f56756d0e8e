-- A staff member's sessions carry the generation they signed in with; disabling the account, changing its role,
-- resetting its password or "sign out everywhere" raises it, and every older session is refused at its next request.
alter table staff_account add column session_generation integer not null default 0;
