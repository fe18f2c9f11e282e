-- The last day each account was used (a date, never a time or an address): what staff see as "last signed in", and
-- what the retention purge measures inactivity by. Written in batches, only ever moved forward.
create table account_activity (
    account_id     varchar(64) primary key,
    last_seen_on   date        not null
);
create index account_activity_by_date on account_activity (last_seen_on);
