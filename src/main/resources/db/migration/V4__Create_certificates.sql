-- Certificates. Each is frozen at issue: the PDF is stored once in object storage, and the row keeps what was printed
-- (so verification never reads the live course or profile), its SHA-256, and the course and template versions.
alter table course add column certificate_hours numeric(5, 1) check (certificate_hours > 0);
alter table course add column certificate_valid_months integer check (certificate_valid_months between 1 and 240);

-- The name a learner wants printed on her certificates, and their language; without a row the nickname and the
-- language she works in are used.
create table certificate_holder (
    account_id  varchar(64)  primary key,
    name        varchar(80)  not null,
    language    varchar(2),
    updated_at  timestamptz  not null
);

create table certificate (
    id                uuid          primary key,
    -- 16 characters of Crockford's base32 (80 random bits), stored without the hyphens that group them.
    code              varchar(16)   not null unique,
    account_id        varchar(64)   not null,
    -- Copied from the account at issue, for coordinators' scope only; never part of a verification answer.
    city              varchar(80),
    course_id         varchar(60)   not null references course (id),
    course_version    integer       not null,
    template_version  varchar(40)   not null,
    -- A face-to-face session the certificate was issued for (sessions come in their own issue).
    session_id        uuid,
    language          varchar(2)    not null,
    holder_name       varchar(80)   not null,
    course_title      varchar(300)  not null,
    organisation      varchar(200)  not null,
    hours             numeric(5, 1) not null,
    completed_on      date          not null,
    expires_on        date,
    issued_at         timestamptz   not null,
    -- Who issued it by hand; null when Kolo issued it on completion.
    issued_by         varchar(64),
    issue_reason      varchar(12)   not null check (issue_reason in ('completion', 'manual', 'group', 'reissue')),
    object_key        varchar(120)  not null,
    sha256            varchar(64)   not null,
    size_bytes        integer       not null,
    revoked_at        timestamptz,
    revoked_by        varchar(64),
    revocation_reason varchar(500),
    superseded_by     uuid          references certificate (id) deferrable initially deferred,
    superseded_at     timestamptz
);
-- One current certificate per learner, course and session: concurrent completion events insert one row.
create unique index certificate_current on certificate
    (account_id, course_id, coalesce(session_id, '00000000-0000-0000-0000-000000000000'::uuid))
    where superseded_by is null;
create index certificate_account on certificate (account_id);
create index certificate_city on certificate (city, issued_at);
