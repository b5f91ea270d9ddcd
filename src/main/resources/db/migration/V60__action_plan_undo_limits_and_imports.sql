-- Action plans: who last changed a recommendation or an action (named when a stale save is
-- refused), recommendation numbers unique within a plan, text limits that match the forms,
-- what was removed or replaced (kept, never silently lost), and imports as a queue.

alter table recommendation add column updated_at timestamptz;
alter table recommendation add column updated_by_name varchar(200);
alter table plan_action add column updated_by_name varchar(200);

-- A plan imported twice before this change may hold the same number twice: number the
-- later copies apart (the id keeps them distinct) so the rule can hold from now on.
update recommendation r set number = left(r.number, 8) || '-' || r.id
where exists (select 1 from recommendation o
              where o.action_plan_id = r.action_plan_id and lower(o.number) = lower(r.number) and o.id < r.id);
create unique index recommendation_plan_number_uk on recommendation (action_plan_id, lower(number));

-- The same limits as the forms and the import. NOT VALID: enforced on every new or changed
-- row without refusing to start on a database that already holds a longer text.
alter table recommendation add constraint recommendation_text_length
    check (char_length(text) <= 5000) not valid;
alter table plan_action add constraint plan_action_text_length
    check (char_length(action_text) <= 5000) not valid;
alter table plan_action add constraint plan_action_milestones_length
    check (char_length(key_milestones) <= 5000) not valid;
alter table plan_action add constraint plan_action_outcome_length
    check (char_length(completion_outcome) <= 5000) not valid;
alter table implementation_update add constraint implementation_update_text_length
    check (char_length(text) <= 5000) not valid;

-- What a removal or a replacement took out of a plan, in the export's CSV layout (so it can
-- be read, or imported again). Evidence: added to, never rewritten.
create table action_plan_snapshot (
    id              bigserial primary key,
    review_id       bigint not null references review (id),
    kind            varchar(30) not null check (kind in ('PLAN_REPLACED', 'RECOMMENDATION_REMOVED', 'ACTION_REMOVED')),
    summary         varchar(600) not null,
    action_count    integer not null,
    update_count    integer not null,
    content         text not null,
    taken_by_user_id bigint references app_user (id),
    taken_by_name   varchar(200) not null,
    taken_at        timestamptz not null default now()
);
create index action_plan_snapshot_review_idx on action_plan_snapshot (review_id, taken_at);
create trigger action_plan_snapshot_no_rewrite before update or delete on action_plan_snapshot
    for each row execute function refuse_rewrite();

-- An import checked by a person, then confirmed: small ones are applied at once, large ones
-- wait here for a background worker. The table is the queue: a worker claims a row with
-- SELECT ... FOR UPDATE SKIP LOCKED and applies one batch while holding it, so two app nodes
-- never apply the same import, and a node that stops mid-way leaves it to the next.
create table plan_import (
    id                  bigserial primary key,
    review_id           bigint not null references review (id),
    status              varchar(20) not null check (status in ('CHECKED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    mode                varchar(20) check (mode in ('ADD', 'SKIP', 'UPDATE', 'REPLACE')),
    file_name           varchar(255) not null,
    row_count           integer not null,
    action_count        integer not null,
    matched_count       integer not null,
    next_row            integer not null default 0,
    added               integer not null default 0,
    updated             integer not null default 0,
    skipped             integer not null default 0,
    failure             varchar(500),
    requested_by_user_id bigint references app_user (id),
    requested_by_name   varchar(200) not null,
    created_at          timestamptz not null,
    queued_at           timestamptz,
    started_at          timestamptz,
    finished_at         timestamptz
);
create index plan_import_waiting_idx on plan_import (id) where status in ('QUEUED', 'RUNNING');
create index plan_import_review_idx on plan_import (review_id, id);

create table plan_import_row (
    import_id               bigint not null references plan_import (id) on delete cascade,
    idx                     integer not null,
    line                    integer not null,
    recommendation_number   varchar(20),
    recommendation_text     varchar(5000) not null,
    starts_recommendation   boolean not null,
    scope                   varchar(20) not null check (scope in ('LOCAL', 'REGIONAL', 'NATIONAL')),
    addressed_to            varchar(300),
    action_text             varchar(5000),
    lead_agency             varchar(300),
    key_milestones          varchar(5000),
    target_date             date,
    completed_on            date,
    completion_outcome      varchar(5000),
    status                  varchar(20) check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE')),
    -- false when the file had no status and one was inferred: an update keeps the plan's own
    status_given            boolean not null default false,
    -- no foreign key: the action may be removed while the import waits
    matched_action_id       bigint,
    primary key (import_id, idx)
);
