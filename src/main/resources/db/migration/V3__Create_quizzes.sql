-- Quizzes as imported from the content folder, and learners' attempts and answers.
-- The definition (texts, settings, questions with their correct answers) is kept as the content file said it.
alter table course add column test_before varchar(60);
alter table course add column test_after varchar(60);

create table quiz (
    id           varchar(60) primary key,
    course_id    varchar(60)  not null references course (id),
    version      integer      not null check (version >= 1),
    definition   jsonb        not null,
    retired      boolean      not null default false,
    updated_at   timestamptz  not null
);
create index quiz_course on quiz (course_id);

-- One row per attempt. The questions it asks (drawn from a pool) and the order of their options are fixed at its
-- start. session_id links an attempt to a training session once sessions exist; trainers then see their group.
create table quiz_attempt (
    id             uuid         primary key,
    quiz_id        varchar(60)  not null references quiz (id),
    account_id     varchar(64)  not null,
    city           varchar(40),
    session_id     uuid,
    number         integer      not null check (number >= 1),
    quiz_version   integer      not null,
    layout         jsonb        not null,
    started_at     timestamptz  not null,
    deadline       timestamptz,
    submitted_at   timestamptz,
    score          numeric(9, 3),
    max_score      numeric(9, 3),
    percent        numeric(5, 2),
    passed         boolean,
    unique (quiz_id, account_id, number)
);
-- At most one attempt in progress per quiz and person: starting twice resumes it.
create unique index quiz_attempt_open on quiz_attempt (quiz_id, account_id) where submitted_at is null;
create index quiz_attempt_account on quiz_attempt (account_id);

-- One row per question answered in an attempt: saving again replaces it; grading fills score and correct.
create table quiz_answer (
    attempt_id   uuid         not null references quiz_attempt (id),
    question_id  varchar(60)  not null,
    answer       jsonb        not null,
    saved_at     timestamptz  not null,
    score        numeric(9, 3),
    correct      boolean,
    primary key (attempt_id, question_id)
);
