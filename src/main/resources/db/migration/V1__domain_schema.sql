-- The whole domain (see docs/domain.md) in one baseline. Later changes are new migrations.

create table csp (
    id              bigserial primary key,
    name            varchar(200) not null,
    area            varchar(200) not null,
    address_line1   varchar(200),
    address_line2   varchar(200),
    town            varchar(100),
    postcode        varchar(10),
    contact_name    varchar(200),
    contact_role    varchar(200),
    contact_organisation varchar(200),
    contact_email   varchar(320),
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index csp_name_uk on csp (lower(name));

create table app_user (
    id              bigserial primary key,
    email           varchar(320) not null,
    name            varchar(200) not null,
    role            varchar(30) not null
        check (role in ('CSP_STAFF', 'CSP_MANAGER', 'QA_SECRETARIAT', 'MANAGER', 'ADMINISTRATOR')),
    csp_id          bigint references csp (id),
    password_hash   varchar(200) not null,
    enabled         boolean not null default true,
    last_sign_in_at timestamptz,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    -- CSP roles belong to exactly one CSP; Home Office roles to none
    constraint app_user_csp_role_ck check ((role in ('CSP_STAFF', 'CSP_MANAGER')) = (csp_id is not null))
);
create unique index app_user_email_uk on app_user (lower(email));
create index app_user_csp_idx on app_user (csp_id);

create table review (
    id                      bigserial primary key,
    csp_id                  bigint not null references csp (id),
    reference               varchar(50) not null,
    victim_pseudonyms       varchar(300) not null,
    death_month             integer check (death_month between 1 and 12),
    death_year              integer check (death_year between 1990 and 2200),
    review_type             varchar(20) not null check (review_type in ('HOMICIDE', 'SUICIDE', 'OTHER')),
    chair_name              varchar(200),
    author_name             varchar(200),
    notified_on             date,
    decision_on             date,
    home_office_notified_on date,
    panel_first_met_on      date,
    family_notified_on      date,
    submitted_to_qa_on      date,
    published_on            date,
    published_url           varchar(500),
    stage                   varchar(30) not null check (stage in ('NOTIFIED', 'DECISION_PENDING', 'NOT_PROCEEDING',
        'COMMISSIONED', 'IN_PROGRESS', 'SUBMITTED_TO_QA', 'FEEDBACK_ISSUED', 'REVISING', 'RESUBMITTED',
        'APPROVED_FOR_PUBLICATION', 'PUBLISHED', 'MONITORING_ACTION_PLAN', 'CLOSED')),
    version                 bigint not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now()
);
create unique index review_csp_reference_uk on review (csp_id, lower(reference));
create index review_stage_idx on review (stage);
create index review_csp_stage_idx on review (csp_id, stage);
create index review_pseudonyms_idx on review (lower(victim_pseudonyms));

create table review_pseudonym (
    id          bigserial primary key,
    review_id   bigint not null references review (id) on delete cascade,
    position    integer not null,
    pseudonym   varchar(100) not null,
    role        varchar(200) not null,
    unique (review_id, position)
);

create table review_stage_change (
    id                  bigserial primary key,
    review_id           bigint not null references review (id) on delete cascade,
    from_stage          varchar(30),
    to_stage            varchar(30) not null,
    effective_on        date not null,
    changed_by_user_id  bigint references app_user (id),
    changed_by_name     varchar(200) not null,
    changed_at          timestamptz not null default now(),
    note                varchar(1000)
);
create index review_stage_change_review_idx on review_stage_change (review_id, changed_at);

-- Files live in PostgreSQL, split into chunks so that uploads and downloads stream.
create table stored_file (
    id              bigserial primary key,
    filename        varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint not null check (size_bytes >= 0),
    sha256          char(64) not null,
    created_at      timestamptz not null default now()
);

create table stored_file_chunk (
    file_id     bigint not null references stored_file (id) on delete cascade,
    chunk_no    integer not null check (chunk_no >= 0),
    data        bytea not null,
    primary key (file_id, chunk_no)
);

create table report_version (
    id                  bigserial primary key,
    review_id           bigint not null references review (id),
    version_number      integer not null check (version_number > 0),
    file_id             bigint not null references stored_file (id),
    page_count          integer not null check (page_count > 0),
    is_final            boolean not null default false,
    uploaded_by_user_id bigint references app_user (id),
    uploaded_by_name    varchar(200) not null,
    uploaded_at         timestamptz not null default now(),
    note                varchar(1000),
    unique (review_id, version_number)
);

create table panel_meeting (
    id              bigserial primary key,
    meeting_date    date not null unique,
    version         bigint not null default 0,
    created_at      timestamptz not null default now()
);

create table panel_meeting_review (
    meeting_id  bigint not null references panel_meeting (id),
    review_id   bigint not null references review (id),
    added_at    timestamptz not null default now(),
    primary key (meeting_id, review_id)
);
create index panel_meeting_review_review_idx on panel_meeting_review (review_id);

create table letter_template (
    id          bigserial primary key,
    template_key varchar(60) not null unique,
    body        text not null,
    version     bigint not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by_name varchar(200)
);

create table panel_letter (
    id                      bigserial primary key,
    review_id               bigint not null references review (id),
    meeting_id              bigint not null references panel_meeting (id),
    letter_version          integer not null default 1 check (letter_version > 0),
    status                  varchar(20) not null check (status in ('DRAFT', 'ISSUED', 'SUPERSEDED')),
    letter_date             date,
    letterhead              text not null,
    addressee_name          varchar(200) not null,
    addressee_role          varchar(200),
    addressee_organisation  varchar(200),
    addressee_address       text,
    salutation              varchar(200) not null,
    opening                 text not null,
    outcome                 varchar(40) not null
        check (outcome in ('APPROVED', 'APPROVED_SUBJECT_TO_CHANGES', 'RESUBMIT')),
    outcome_text            text not null,
    list_heading            varchar(200) not null,
    publication_instructions text not null,
    closing                 text not null,
    sign_off                text not null,
    issued_at               timestamptz,
    issued_by_user_id       bigint references app_user (id),
    issued_file_id          bigint references stored_file (id),
    supersedes_letter_id    bigint references panel_letter (id),
    supersede_reason        varchar(1000),
    version                 bigint not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    constraint panel_letter_issued_ck check (status = 'DRAFT' or (issued_at is not null and letter_date is not null)),
    unique (review_id, letter_version)
);
create index panel_letter_review_idx on panel_letter (review_id);
create index panel_letter_meeting_idx on panel_letter (meeting_id);

create table letter_strength (
    id          bigserial primary key,
    letter_id   bigint not null references panel_letter (id) on delete cascade,
    position    integer not null,
    text        text not null,
    unique (letter_id, position)
);

create table feedback_item (
    id                      bigserial primary key,
    letter_id               bigint not null references panel_letter (id) on delete cascade,
    review_id               bigint not null references review (id),
    number                  integer not null check (number > 0),
    text                    text not null,
    paragraph_ref           varchar(50),
    category                varchar(40) not null check (category in ('PSEUDONYM_OR_ANONYMISATION',
        'MISSING_FACT_OR_DATE', 'MISSING_RATIONALE', 'FAMILY_ENGAGEMENT', 'EQUALITY_AND_DIVERSITY', 'ANALYSIS_DEPTH',
        'TERMS_OF_REFERENCE', 'STRUCTURE_OR_TEMPLATE', 'RECOMMENDATIONS_OR_ACTION_PLAN', 'NAMING_AGENCIES',
        'TIMESCALES', 'PROOFREADING', 'OTHER')),
    status                  varchar(20) not null
        check (status in ('DRAFT', 'OPEN', 'IN_PROGRESS', 'RESPONDED', 'ACCEPTED', 'RETURNED')),
    assignee_user_id        bigint references app_user (id),
    due_on                  date,
    response_text           text,
    addressed_in_version_id bigint references report_version (id),
    addressed_paragraph     varchar(50),
    responded_by_user_id    bigint references app_user (id),
    responded_at            timestamptz,
    decision_note           text,
    decided_by_user_id      bigint references app_user (id),
    decided_at              timestamptz,
    carried_from_item_id    bigint references feedback_item (id),
    version                 bigint not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    unique (letter_id, number)
);
create index feedback_item_review_status_idx on feedback_item (review_id, status);
create index feedback_item_assignee_idx on feedback_item (assignee_user_id, status);
create index feedback_item_status_idx on feedback_item (status);

create table feedback_item_event (
    id              bigserial primary key,
    item_id         bigint not null references feedback_item (id) on delete cascade,
    event_type      varchar(30) not null check (event_type in ('OPENED', 'ASSIGNED', 'DUE_DATE_SET', 'COMMENTED',
        'STARTED', 'RESPONDED', 'ACCEPTED', 'RETURNED', 'CARRIED_FORWARD')),
    actor_user_id   bigint references app_user (id),
    actor_name      varchar(200) not null,
    occurred_at     timestamptz not null default now(),
    from_status     varchar(20),
    to_status       varchar(20),
    text            text
);
create index feedback_item_event_item_idx on feedback_item_event (item_id, occurred_at);

create table action_plan (
    id          bigserial primary key,
    review_id   bigint not null unique references review (id),
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table recommendation (
    id              bigserial primary key,
    action_plan_id  bigint not null references action_plan (id) on delete cascade,
    position        integer not null,
    number          varchar(20) not null,
    text            text not null,
    scope           varchar(20) not null check (scope in ('LOCAL', 'REGIONAL', 'NATIONAL')),
    addressed_to    varchar(300),
    version         bigint not null default 0,
    unique (action_plan_id, position)
);

create table plan_action (
    id                  bigserial primary key,
    recommendation_id   bigint not null references recommendation (id) on delete cascade,
    position            integer not null,
    action_text         text not null,
    lead_agency         varchar(300) not null,
    key_milestones      text,
    target_date         date,
    completed_on        date,
    completion_outcome  text,
    status              varchar(20) not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE')),
    version             bigint not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    unique (recommendation_id, position)
);
create index plan_action_target_idx on plan_action (status, target_date);

create table implementation_update (
    id              bigserial primary key,
    action_id       bigint not null references plan_action (id) on delete cascade,
    update_date     date not null,
    author_user_id  bigint references app_user (id),
    author_name     varchar(200) not null,
    text            text not null,
    status_from     varchar(20),
    status_to       varchar(20),
    created_at      timestamptz not null default now()
);
create index implementation_update_action_idx on implementation_update (action_id, update_date);

-- What a person confirms on the publication checklist (the rest is derived from data).
create table publication_confirmation (
    id              bigserial primary key,
    review_id       bigint not null references review (id),
    task_key        varchar(40) not null check (task_key in ('SENT_TO_HOME_OFFICE', 'SENT_TO_COMMISSIONER',
        'PUBLISHED_ON_WEBSITE', 'LETTER_PUBLISHED_ALONGSIDE')),
    confirmed_on    date not null,
    detail          varchar(500),
    confirmed_by_user_id bigint references app_user (id),
    confirmed_by_name varchar(200) not null,
    created_at      timestamptz not null default now(),
    unique (review_id, task_key)
);

create table publication_pack (
    id              bigserial primary key,
    review_id       bigint not null references review (id),
    file_id         bigint not null references stored_file (id),
    page_count      integer not null,
    report_version_id bigint not null references report_version (id),
    letter_id       bigint not null references panel_letter (id),
    assembled_by_name varchar(200) not null,
    assembled_at    timestamptz not null default now()
);
create index publication_pack_review_idx on publication_pack (review_id, assembled_at);

create table readiness_override (
    id              bigserial primary key,
    review_id       bigint not null references review (id),
    reason          text not null,
    by_user_id      bigint references app_user (id),
    by_name         varchar(200) not null,
    created_at      timestamptz not null default now()
);

create table notification (
    id          bigserial primary key,
    user_id     bigint not null references app_user (id),
    subject     varchar(300) not null,
    body        text not null,
    link        varchar(500),
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);

-- Every email the service means to send; kept whether or not SMTP is configured.
create table outbound_email (
    id          bigserial primary key,
    recipient   varchar(320) not null,
    subject     varchar(300) not null,
    body        text not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,
    status      varchar(20) not null check (status in ('RECORDED', 'SENT', 'FAILED')),
    failure     varchar(1000)
);

-- Field-level history of every change: who, when, which field, old and new value.
create table change_history (
    id              bigserial primary key,
    entity_type     varchar(40) not null,
    entity_id       bigint not null,
    review_id       bigint references review (id),
    field           varchar(80) not null,
    old_value       text,
    new_value       text,
    actor_user_id   bigint references app_user (id),
    actor_name      varchar(200) not null,
    changed_at      timestamptz not null default now()
);
create index change_history_entity_idx on change_history (entity_type, entity_id, changed_at);

-- History is evidence: it may be added to, never rewritten.
create function refuse_rewrite() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger change_history_no_update before update or delete on change_history
    for each row execute function refuse_rewrite();
create trigger implementation_update_no_update before update on implementation_update
    for each row execute function refuse_rewrite();

-- One scheduled job run across every app node (ShedLock).
create table shedlock (
    name        varchar(64) primary key,
    lock_until  timestamptz not null,
    locked_at   timestamptz not null,
    locked_by   varchar(255) not null
);
