-- The dashboard's read model (issue 11): one row per review with the figures the dashboard,
-- its CSV and /api/reviews show, kept current by the dashboard module from the domain events
-- (and brought up to date at start-up and each night, for figures that change with the date:
-- overdue items and actions, drifting actions, the six-month target). The figures are worked
-- out by the modules that own their rules; this table only keeps them, so that the pages over
-- every review filter, sort, page and count in SQL.
-- It is filled at the application's start (DashboardRebuild), not here: the rules are Java.

create table dashboard_row (
    review_id                  bigint primary key references review (id) on delete cascade,
    csp_id                     bigint not null references csp (id),
    csp_name                   varchar(200) not null,
    reference                  varchar(50) not null,
    pseudonym                  varchar(300) not null,
    stage                      varchar(30) not null,
    stage_order                smallint not null,
    stage_since                date,
    notified_on                date,
    decision_on                date,
    submitted_to_qa_on         date,
    published_on               date,
    letter_outcome             varchar(40),
    first_letter_on            date,
    open_items                 integer not null,
    responded_items            integer not null,
    accepted_items             integer not null,
    total_items                integer not null,
    overdue_items              integer not null,
    plan_actions               integer not null,
    overdue_actions            integer not null,
    drifting_actions           integer not null,
    readiness_done             integer not null,
    readiness_total            integer not null,
    readiness_ratio            numeric(6, 5) generated always as
        (case when readiness_total = 0 then 0 else round(readiness_done::numeric / readiness_total, 5) end) stored,
    ready_to_publish           boolean not null,
    blocked_by_items           boolean not null,
    past_target                boolean not null,
    days_letter_to_publication integer,
    as_of                      date not null,
    refreshed_at               timestamptz not null
);

-- Letters that went out, for the panel turnaround chart (days from meeting to letter by quarter).
create table dashboard_letter (
    letter_id      bigint primary key,
    review_id      bigint not null references dashboard_row (review_id) on delete cascade,
    letter_version integer not null,
    meeting_on     date,
    letter_on      date not null
);
create index dashboard_letter_review_idx on dashboard_letter (review_id);
create index dashboard_letter_first_idx on dashboard_letter (letter_on, meeting_on) where letter_version = 1;

-- Every sort the table offers, each ending in review_id (the tie-break), for all reviews and
-- for one CSP (a CSP manager's scope, or the CSP filter).
create index dashboard_row_readiness_idx on dashboard_row (readiness_ratio, review_id);
create index dashboard_row_csp_readiness_idx on dashboard_row (csp_id, readiness_ratio, review_id);
create index dashboard_row_stage_readiness_idx on dashboard_row (stage, readiness_ratio, review_id);
create index dashboard_row_pseudonym_idx on dashboard_row (lower(pseudonym), review_id);
create index dashboard_row_csp_name_idx on dashboard_row (lower(csp_name), review_id);
create index dashboard_row_stage_order_idx on dashboard_row (stage_order, review_id);
create index dashboard_row_open_idx on dashboard_row (open_items, review_id);
create index dashboard_row_overdue_idx on dashboard_row (overdue_items, review_id);
create index dashboard_row_actions_idx on dashboard_row (overdue_actions, review_id);
create index dashboard_row_drifting_idx on dashboard_row (drifting_actions, review_id);
-- /api/reviews pages by id within a CSP's scope (all reviews: the primary key).
create index dashboard_row_csp_idx on dashboard_row (csp_id, review_id);
-- The readiness and slippage filters pick few rows out of many.
create index dashboard_row_ready_idx on dashboard_row (review_id) where ready_to_publish;
create index dashboard_row_blocked_idx on dashboard_row (review_id) where blocked_by_items;
create index dashboard_row_past_target_idx on dashboard_row (review_id) where past_target;
create index dashboard_row_overdue_items_idx on dashboard_row (review_id) where overdue_items > 0;
create index dashboard_row_overdue_actions_idx on dashboard_row (review_id) where overdue_actions > 0;
create index dashboard_row_drifting_actions_idx on dashboard_row (review_id) where drifting_actions > 0;
-- The nightly refresh finds the rows of an earlier day.
create index dashboard_row_as_of_idx on dashboard_row (as_of);
