-- The sign-in throttle's counts, kept in the database so that every app server sees the same ones (LoginThrottle):
-- failed sign-ins per key (account and address pair, address, account from unknown addresses), forgotten an hour
-- after their last failure ...
create table sign_in_failure (
    throttle_key varchar(200) primary key,
    failures     integer      not null,
    last_failed  timestamp(6) with time zone not null
);

create index sign_in_failure_last on sign_in_failure (last_failed);

-- ... and the addresses each account signed in from (its usual ones, exempt from the per-account pause).
create table sign_in_known_address (
    username     varchar(200) not null,
    address      varchar(200) not null,
    last_sign_in timestamp(6) with time zone not null,
    primary key (username, address)
);
