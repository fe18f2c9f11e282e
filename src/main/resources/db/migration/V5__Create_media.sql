-- The media library: videos, audio, handouts and images in object storage, with lighter renditions made by ffmpeg
-- and WebVTT subtitles. Object keys are made by Kolo; the name a file had on the uploader's device is kept only as
-- metadata (shown escaped, used for nothing).
create table media_item (
    id             varchar(60)   primary key,
    kind           varchar(10)   not null check (kind in ('video', 'audio', 'document', 'image')),
    language       varchar(2)    not null,
    titles         jsonb         not null,
    original_name  varchar(255),
    state          varchar(12)   not null check (state in ('uploading', 'ready')),
    duration_seconds integer,
    uploaded_by    varchar(64)   not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);

-- Every file of an item: the original, its 360p and audio-only renditions and its poster frame. A rendition is a
-- job until it is ready: queued, processing (by whom, since when), failed with a reason and retried.
create table media_file (
    media_id     varchar(60)  not null references media_item (id),
    variant      varchar(10)  not null check (variant in ('original', '360p', 'audio', 'poster')),
    object_key   varchar(120),
    content_type varchar(100),
    size_bytes   bigint,
    state        varchar(12)  not null check (state in ('queued', 'processing', 'ready', 'failed')),
    attempts     integer      not null default 0,
    reason       varchar(500),
    run_after    timestamptz  not null default now(),
    updated_at   timestamptz  not null,
    primary key (media_id, variant)
);
create index media_file_jobs on media_file (state, run_after) where state in ('queued', 'processing');

create table media_subtitle (
    media_id   varchar(60)  not null references media_item (id),
    language   varchar(2)   not null,
    vtt        text         not null,
    updated_at timestamptz  not null,
    primary key (media_id, language)
);

-- An upload in progress: bytes so far are staged on Kolo's disk, then sent to the object storage in parts.
create table media_upload (
    id          uuid          primary key,
    media_id    varchar(60)   not null references media_item (id),
    size_bytes  bigint        not null,
    received    bigint        not null default 0,
    content_type varchar(100),
    started_by  varchar(64)   not null,
    updated_at  timestamptz   not null
);

-- Which lessons use which media, written by the content import; deleting used media is refused.
create table media_usage (
    media_id   varchar(60) not null,
    lesson_id  varchar(60) not null references lesson (id),
    primary key (media_id, lesson_id)
);

-- The data saver: the smallest version plays first for whoever chose it.
create table media_preference (
    account_id  varchar(64) primary key,
    data_saver  boolean     not null,
    updated_at  timestamptz not null
);
