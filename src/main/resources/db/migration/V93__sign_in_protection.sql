-- Sign-in protection (issue 14). Every app node shares this state, so it lives here, not in
-- memory: wrong passwords counted per account and per remote address, an audit of sign-ins,
-- and, per account, the moment before which its sessions no longer count.

-- Set when a password changes or an administrator disables an account or changes its role:
-- a session signed in before it is ended on its next request. Not under the row's version:
-- it is written with plain SQL and never causes a "changed meanwhile" conflict.
alter table app_user add column sessions_valid_after timestamptz;

-- Wrong passwords per key: the email as typed (lower case, whether or not an account has
-- it, so a lock says nothing about which emails exist) or the remote address. The count
-- restarts after a quiet window without failures, or once a lock has run out.
create table sign_in_throttle (
    kind             varchar(10) not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key              varchar(320) not null,
    failures         integer not null check (failures > 0),
    first_failure_at timestamptz not null,
    last_failure_at  timestamptz not null,
    -- a growing wait between attempts before the lock
    not_before       timestamptz,
    locked_until     timestamptz,
    primary key (kind, key)
);
create index sign_in_throttle_last_failure_ix on sign_in_throttle (last_failure_at);

-- What administrators see at /admin/sign-ins. A successful API (HTTP Basic) call is not a
-- row: it only moves the account's last sign-in, at most once a minute.
create table sign_in_event (
    id       bigserial primary key,
    at       timestamptz not null,
    email    varchar(320) not null,
    user_id  bigint references app_user (id),
    address  varchar(64) not null,
    channel  varchar(10) not null check (channel in ('FORM', 'BASIC')),
    outcome  varchar(20) not null
        check (outcome in ('SIGNED_IN', 'FAILED', 'REFUSED', 'ACCOUNT_LOCKED', 'ADDRESS_LOCKED'))
);
create index sign_in_event_at_ix on sign_in_event (at desc, id desc);
create index sign_in_event_email_ix on sign_in_event (lower(email), at desc, id desc);
