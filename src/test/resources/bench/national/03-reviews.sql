-- Reviews with their other pseudonyms, stage history, report versions and field history.

insert into review (id, csp_id, reference, victim_pseudonyms, death_month, death_year, review_type, chair_name,
    author_name, notified_on, decision_on, home_office_notified_on, panel_first_met_on, family_notified_on,
    submitted_to_qa_on, published_on, published_url, stage, created_at, updated_at)
select r.id, r.csp_id, v.reference, v.victim,
    extract(month from r.notified - natgen.rint(r.id, 201, 10, 80))::int,
    extract(year from r.notified - natgen.rint(r.id, 201, 10, 80))::int,
    case when natgen.rnd(r.id, 202) < 0.75 then 'HOMICIDE' when natgen.rnd(r.id, 202) < 0.95 then 'SUICIDE' else 'OTHER' end,
    case when r.decision is not null and not r.np then v.chair end,
    case when r.decision is not null and not r.np then
        case when natgen.rnd(r.id, 203) < 0.5 then v.chair else natgen.person_name(20000 + r.id) end end,
    r.notified, r.decision, r.home_office_notified, r.panel_first_met, r.family_notified, r.submitted, r.published,
    case when r.published is not null then 'https://www.example.org/csp-' || r.csp_id || '/dhr/' || lower(v.reference) end,
    r.stage, natgen.at(r.notified, 540 + (r.id % 300)::int), natgen.at(r.last_on, 600 + (r.id % 300)::int)
from natgen.r r
join (
    select r.id,
        case r.id when 1 then 'BENCH-BIG' when 2 then 'BENCH-SMALL' else
            upper(left(regexp_replace(c.area, '[^A-Za-z]', '', 'g'), 3)) || '-DHR-' || extract(year from r.notified)
            || '-' || to_char(row_number() over (partition by r.csp_id, extract(year from r.notified) order by r.id),
                'FM000')
        end as reference,
        natgen.first_name(r.id * 31 + 17) as victim,
        natgen.person_name(10000 + r.id) as chair
    from natgen.r r
    join csp c on c.id = r.csp_id
) v on v.id = r.id
order by r.id;

insert into review_pseudonym (review_id, position, pseudonym, role)
select r.id, n - 1, natgen.first_name(r.id * 13 + n * 5 + 1),
    (array['Perpetrator', 'Perpetrator, ' || rv.victim_pseudonyms || '''s partner',
        rv.victim_pseudonyms || '''s daughter', rv.victim_pseudonyms || '''s son', rv.victim_pseudonyms || '''s mother',
        'Friend of ' || rv.victim_pseudonyms])[1 + ((r.id + n) % 6)::int]
from natgen.r r
join review rv on rv.id = r.id
cross join lateral generate_series(1, natgen.rint(r.id, 204, 0, 3)) n
order by r.id, n;

-- Each step of a review's lifecycle, in order, with who took it.
create table natgen.steps as
select r.id as review_id, s.seq, s.to_stage, s.eff,
    case when s.by_panel then r.secretary else r.worker end as actor_id, s.note
from natgen.r r
cross join lateral (values
    (1, 'NOTIFIED', r.notified, true, false, null::text),
    (2, 'DECISION_PENDING', r.dp_on, r.has_dp, false, null),
    (3, 'NOT_PROCEEDING', r.decision, r.np, false, 'The criteria for a review were not met'),
    (4, 'CLOSED', r.np_closed, r.np and r.stage = 'CLOSED', false, null),
    (5, 'COMMISSIONED', r.decision, not r.np and r.lvl >= 3, false, null),
    (6, 'IN_PROGRESS', r.panel_first_met, not r.np and r.lvl >= 4, false, null),
    (7, 'SUBMITTED_TO_QA', r.submitted, not r.np and r.lvl >= 5, false, null),
    (8, 'FEEDBACK_ISSUED', r.letter1, r.has_letter, true, 'QA Panel letter version 1 issued'),
    (9, 'REVISING', r.rev1, r.resub or r.cur_resub, false, null),
    (10, 'RESUBMITTED', r.resubmitted, r.resub or r.cur_resub, false, 'Resubmitted with a response to every area'),
    (11, 'FEEDBACK_ISSUED', r.letter2, r.resub, true, 'QA Panel letter version 2 issued'),
    (12, 'REVISING', r.rev_final_on, r.rev_final, false, null),
    (13, 'APPROVED_FOR_PUBLICATION', r.approved, r.pp, true, null),
    (14, 'PUBLISHED', r.published, r.published is not null, false, null),
    (15, 'MONITORING_ACTION_PLAN', r.monitoring, r.monitoring is not null, false, null),
    (16, 'CLOSED', r.closed, r.closed is not null, false, null)
) s(seq, to_stage, eff, included, by_panel, note)
where s.included;

insert into review_stage_change (review_id, from_stage, to_stage, effective_on, changed_by_user_id, changed_by_name,
    changed_at, note)
select s.review_id, lag(s.to_stage) over (partition by s.review_id order by s.seq), s.to_stage, s.eff, s.actor_id,
    u.name, natgen.at(s.eff, 540 + s.seq * 25 + (s.review_id % 20)::int), s.note
from natgen.steps s
join natgen.u u on u.id = s.actor_id
order by s.review_id, s.seq;

-- Report versions: as submitted, as resubmitted, as revised after the letter, and the final one. They all
-- share one small stored PDF (file 1): the pages that list versions read the rows, not the file.
create table natgen.rv as
select row_number() over (order by v.review_id, v.k) as id, v.review_id, v.k,
    row_number() over (partition by v.review_id order by v.k) as version_number, v.uploaded_on, v.note
from (
    select r.id as review_id, k.k, k.uploaded_on, k.note
    from natgen.r r
    cross join lateral (values
        (1, r.submitted, 'Submitted to the QA Panel'),
        (2, r.resubmitted, 'Revised for resubmission'),
        (3, case when r.rev_final then least(natgen.as_of(), coalesce(r.approved, natgen.as_of()),
            r.rev_final_on + natgen.rint(r.id, 205, 20, 60)) end, 'Revised after the QA Panel letter'),
        (4, case when r.pp then coalesce(r.published - 5, least(natgen.as_of(), r.approved + 10)) end,
            'Final version approved by the CSP board')
    ) k(k, uploaded_on, note)
    where k.uploaded_on is not null
) v;

insert into report_version (id, review_id, version_number, file_id, page_count, is_final, uploaded_by_user_id,
    uploaded_by_name, uploaded_at, note)
select v.id, v.review_id, v.version_number, 1, 3, v.k = 4, r.worker, u.name,
    natgen.at(v.uploaded_on, 600 + (v.id % 400)::int), v.note
from natgen.rv v
join natgen.r r on r.id = v.review_id
join natgen.u u on u.id = r.worker
order by v.id;

-- Field history: what was registered, each date filled in later, each stage change, the publication.
insert into change_history (entity_type, entity_id, review_id, field, old_value, new_value, actor_user_id, actor_name,
    changed_at)
select 'review', h.review_id, h.review_id, h.field, h.old_value, h.new_value, h.actor_id, u.name, h.changed_at
from (
    select rv.id as review_id, f.n, f.field, null::text as old_value, f.value as new_value, r.worker as actor_id,
        rv.created_at as changed_at
    from review rv
    join natgen.r r on r.id = rv.id
    cross join lateral (values (1, 'review.field.reference', rv.reference),
        (2, 'review.field.victimPseudonyms', rv.victim_pseudonyms),
        (3, 'review.field.death', to_char(make_date(rv.death_year, rv.death_month, 1), 'FMMonth YYYY')),
        (4, 'review.field.type', rv.review_type),
        (5, 'review.field.notifiedOn', to_char(rv.notified_on, 'FMDD FMMonth YYYY'))) f(n, field, value)
    union all
    select rv.id, 10 + f.n, f.field, null, to_char(f.on_date, 'FMDD FMMonth YYYY'), r.worker,
        natgen.at(f.on_date, 720 + f.n)
    from review rv
    join natgen.r r on r.id = rv.id
    cross join lateral (values (1, 'review.field.decisionOn', rv.decision_on),
        (2, 'review.field.homeOfficeNotifiedOn', rv.home_office_notified_on),
        (3, 'review.field.panelFirstMetOn', rv.panel_first_met_on),
        (4, 'review.field.familyNotifiedOn', rv.family_notified_on),
        (5, 'review.field.submittedToQaOn', rv.submitted_to_qa_on),
        (6, 'review.field.publishedOn', rv.published_on)) f(n, field, on_date)
    where f.on_date is not null
    union all
    select rv.id, 20, 'review.field.publishedUrl', null, rv.published_url, r.worker, natgen.at(rv.published_on, 726)
    from review rv
    join natgen.r r on r.id = rv.id
    where rv.published_url is not null
    union all
    select c.review_id, 100 + c.id, 'review.field.stage', c.from_stage, c.to_stage, c.changed_by_user_id, c.changed_at
    from review_stage_change c
    where c.from_stage is not null
) h
join natgen.u u on u.id = h.actor_id
order by h.review_id, h.changed_at, h.n;
