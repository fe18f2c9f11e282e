-- What staff did to people's accounts (and, later, to other sensitive records): who, what, to whom, when, in which
-- city. Never a password, a one-time code, an IP address or a UIC: only ids, nicknames and a short action code.
-- A person who erased her account is kept by id only (subject_nickname is null).
create table audit_entry (
    id                 bigint generated always as identity primary key,
    at                 timestamptz  not null,
    actor_id           varchar(64)  not null,
    actor_nickname     varchar(255) not null,
    action             varchar(40)  not null,
    subject_id         varchar(64),
    subject_nickname   varchar(255),
    city               varchar(40),
    detail             varchar(200)
);
create index audit_entry_by_time on audit_entry (at desc, id desc);
create index audit_entry_by_subject on audit_entry (subject_id, at desc);
