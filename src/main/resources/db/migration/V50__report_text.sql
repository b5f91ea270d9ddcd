-- The text of each report version, read once from its PDF and split into numbered paragraphs.
-- report_text is also the queue of versions waiting to be read: app nodes claim rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, so no version is read twice; a claim that stops
-- beating (its node died) is taken over after a while.
create table report_text (
    version_id      bigint primary key references report_version (id) on delete cascade,
    status          varchar(10) not null default 'PENDING'
                    check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    pages_done      integer not null default 0 check (pages_done >= 0),
    page_count      integer not null default 0 check (page_count >= 0),
    paragraph_count integer not null default 0 check (paragraph_count >= 0),
    attempts        integer not null default 0,
    claim_token     varchar(64),
    heartbeat_at    timestamptz,
    failure_key     varchar(100),
    queued_at       timestamptz not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz,
    constraint report_text_failed_ck check (status <> 'FAILED' or failure_key is not null)
);
create index report_text_waiting_idx on report_text (queued_at) where status in ('PENDING', 'RUNNING');

create table report_paragraph (
    version_id  bigint not null references report_text (version_id) on delete cascade,
    position    integer not null check (position >= 0),
    number      varchar(60) not null,
    title       text,
    text        text not null,
    page        integer not null check (page > 0),
    part        integer not null default 0 check (part >= 0),
    primary key (version_id, position)
);
create index report_paragraph_number_idx on report_paragraph (version_id, number);

-- Versions uploaded before this change are read by the background job.
insert into report_text (version_id, page_count, queued_at)
select id, page_count, uploaded_at from report_version;
