-- Letters people already have, uploaded to be read into structured letters. Each row is
-- also the back catalogue's work queue: the parser claims QUEUED rows with
-- FOR UPDATE SKIP LOCKED, so several app nodes never read the same letter twice.
create table letter_import (
    id                  bigserial primary key,
    status              varchar(20) not null
        check (status in ('QUEUED', 'PARSED', 'FAILED', 'CONFIRMED', 'DISCARDED')),
    batch_id            uuid,
    -- the CSP whose people uploaded it (null: the secretariat), which decides who sees it
    owner_csp_id        bigint references csp (id),
    -- the CSP the letter is for, once known
    csp_id              bigint references csp (id),
    uploaded_by_user_id bigint references app_user (id),
    uploaded_by_name    varchar(200) not null,
    filename            varchar(255) not null,
    file_id             bigint references stored_file (id),
    file_format         varchar(10),
    failure_key         varchar(100),
    original_text       text,
    letter_date         date,
    meeting_date        date,
    csp_name            varchar(300),
    victim_pseudonyms   varchar(300),
    outcome             varchar(40) check (outcome in ('APPROVED', 'APPROVED_SUBJECT_TO_CHANGES', 'RESUBMIT')),
    list_heading        varchar(300),
    letterhead          text,
    addressee           text,
    salutation          varchar(300),
    opening             text,
    outcome_text        text,
    publication_instructions text,
    closing             text,
    sign_off            text,
    -- the review chosen for it, or the facts of a review to create when it is confirmed
    review_id           bigint references review (id),
    new_review_reference varchar(50),
    new_review_type     varchar(20) check (new_review_type in ('HOMICIDE', 'SUICIDE', 'OTHER')),
    new_review_notified_on date,
    letter_id           bigint references panel_letter (id),
    parsed_at           timestamptz,
    decided_at          timestamptz,
    decided_by_name     varchar(200),
    version             bigint not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    constraint letter_import_confirmed_ck check (status <> 'CONFIRMED' or letter_id is not null)
);
create index letter_import_queue_idx on letter_import (id) where status = 'QUEUED';
create index letter_import_owner_idx on letter_import (owner_csp_id, status);
create index letter_import_csp_idx on letter_import (csp_id, status);
create index letter_import_batch_idx on letter_import (batch_id);

create table letter_import_item (
    import_id   bigint not null references letter_import (id) on delete cascade,
    position    integer not null,
    text        text not null,
    section_ref varchar(50),
    category    varchar(40) not null,
    primary key (import_id, position)
);

create table letter_import_strength (
    import_id   bigint not null references letter_import (id) on delete cascade,
    position    integer not null,
    text        text not null,
    primary key (import_id, position)
);

create table letter_import_unplaced (
    import_id   bigint not null references letter_import (id) on delete cascade,
    position    integer not null,
    text        text not null,
    primary key (import_id, position)
);

-- A letter recorded from the copy the CSP received keeps that file beside it.
alter table panel_letter add column received_file_id bigint references stored_file (id);
