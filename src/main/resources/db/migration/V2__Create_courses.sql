-- Courses as imported from the content folder. Texts per language are stored as JSON maps ({"ru": "…"}).
-- Nothing is ever deleted by the import: a course or lesson that leaves the content is retired, and progress stays.
create table course (
    id            varchar(60) primary key,
    version       integer      not null check (version >= 1),
    access        varchar(10)  not null check (access in ('public', 'members')),
    position      integer      not null,
    languages     varchar(40)  not null,
    titles        jsonb        not null,
    summaries     jsonb        not null,
    neutral_titles jsonb       not null,
    required_quizzes varchar(2000) not null default '',
    content_hash  varchar(64)  not null,
    retired       boolean      not null default false,
    loaded_at     timestamptz  not null
);

create table course_module (
    course_id  varchar(60) not null references course (id),
    id         varchar(60) not null,
    position   integer     not null,
    titles     jsonb       not null,
    retired    boolean     not null default false,
    primary key (course_id, id)
);

create table lesson (
    id         varchar(60) primary key,
    course_id  varchar(60) not null references course (id),
    module_id  varchar(60) not null,
    position   integer     not null,
    minutes    integer     not null check (minutes >= 1),
    retired    boolean     not null default false
);
create index lesson_course on lesson (course_id);

create table lesson_text (
    lesson_id   varchar(60) not null references lesson (id),
    language    varchar(2)  not null,
    title       varchar(300) not null,
    html        text        not null,
    words       integer     not null,
    source_hash varchar(64) not null,
    updated_at  timestamptz not null,
    primary key (lesson_id, language)
);

-- A person's progress, keyed by the Keycloak subject; the city is copied from the account at the time,
-- so that coordinators can see counts per city without a list of who read what.
create table lesson_progress (
    account_id       varchar(64) not null,
    lesson_id        varchar(60) not null references lesson (id),
    city             varchar(80),
    first_visited_at timestamptz not null,
    last_visited_at  timestamptz not null,
    completed_at     timestamptz,
    primary key (account_id, lesson_id)
);
create index lesson_progress_lesson on lesson_progress (lesson_id);
