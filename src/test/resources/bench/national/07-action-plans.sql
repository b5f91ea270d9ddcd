-- Action plans: recommendations, their actions and dated implementation updates. Plans are written with
-- the report; updates accumulate once the review is published, and many actions drift.

create table natgen.p as
select row_number() over (order by r.id) as id, r.id as review_id, r.stage, r.lvl, r.pp, r.csp_id, r.worker,
    case when r.submitted is not null then r.submitted - 10 else least(natgen.as_of(), r.panel_first_met + 120) end
        as plan_on,
    case when r.id = 1 then 12 when r.id = 2 then 2 else 1 + floor(6 * power(natgen.rnd(r.id, 501), 1.3))::int end
        as n_recs,
    r.approved, r.closed
from natgen.r r
where (not r.np and r.lvl >= 5) or (r.stage = 'IN_PROGRESS' and natgen.rnd(r.id, 502) < 0.25);

insert into action_plan (id, review_id, created_at, updated_at)
select p.id, p.review_id, natgen.at(p.plan_on, 600), natgen.at(p.plan_on, 600) from natgen.p p order by p.id;

create table natgen.rec as
select row_number() over (order by p.id, n) as id, p.id as plan_id, p.review_id, n - 1 as position,
    case when p.review_id = 1 then 5 when p.review_id = 2 then 3 - n
        else 1 + floor(3 * power(natgen.rnd(p.id * 10 + n, 503), 1.4))::int end as n_actions
from natgen.p p
cross join lateral generate_series(1, p.n_recs) n;

insert into recommendation (id, action_plan_id, position, number, text, scope, addressed_to)
select c.id, c.plan_id, c.position, (c.position + 1)::text,
    natgen.pick(array[
        'Agencies should share information about domestic abuse concerns through the MARAC without waiting for consent where risk is high.',
        'GPs should routinely ask patients who present with low mood about domestic abuse, including abuse they experience.',
        'Housing providers should train frontline staff to recognise coercive control and refer to specialist services.',
        'The CSP should commission awareness training on economic abuse for banks and advice services.',
        'Police should review how repeat callers are identified and how their risk is reassessed.',
        'Adult social care should include domestic abuse in every safeguarding enquiry involving a carer.',
        'Mental health services should record the presence of children in the household at every assessment.',
        'The Home Office should issue guidance on reviewing deaths by suicide where domestic abuse was present.'],
        natgen.rnd(c.id, 504)),
    case when natgen.rnd(c.id, 505) < 0.7 then 'LOCAL' when natgen.rnd(c.id, 505) < 0.9 then 'REGIONAL' else 'NATIONAL' end,
    natgen.pick(array['Community Safety Partnership', 'Integrated Care Board', 'Police', 'Adult Social Care',
        'Children''s Services', 'Housing', 'Probation Service', 'Home Office'], natgen.rnd(c.id, 506))
from natgen.rec c
order by c.id;

create table natgen.a as
select row_number() over (order by c.id, n) as id, c.id as rec_id, n - 1 as position, p.review_id, p.stage, p.pp,
    p.csp_id, p.plan_on,
    case when p.pp then p.approved else p.plan_on end as w0,
    coalesce(p.closed, natgen.as_of()) as w1,
    s.status,
    greatest(case s.status when 'IN_PROGRESS' then 1 when 'COMPLETE' then 2 else 0 end,
        case
            when p.review_id = 1 then natgen.rint(c.id * 10 + n, 508, 3, 8)
            when p.stage in ('MONITORING_ACTION_PLAN', 'CLOSED') then natgen.rint(c.id * 10 + n, 508, 4, 14)
            when p.stage = 'PUBLISHED' then natgen.rint(c.id * 10 + n, 508, 2, 7)
            when p.stage = 'APPROVED_FOR_PUBLICATION' then natgen.rint(c.id * 10 + n, 508, 0, 3)
            when s.status = 'NOT_STARTED' then natgen.rint(c.id * 10 + n, 508, 0, 1)
            else natgen.rint(c.id * 10 + n, 508, 0, 2)
        end) as n_updates
from natgen.rec c
join natgen.p p on p.id = c.plan_id
cross join lateral generate_series(1, c.n_actions) n
cross join lateral (select case
    when p.stage = 'CLOSED' then
        case when natgen.rnd(c.id * 10 + n, 507) < 0.85 then 'COMPLETE' when natgen.rnd(c.id * 10 + n, 507) < 0.95
            then 'IN_PROGRESS' else 'NOT_STARTED' end
    when p.stage = 'MONITORING_ACTION_PLAN' then
        case when natgen.rnd(c.id * 10 + n, 507) < 0.15 then 'NOT_STARTED' when natgen.rnd(c.id * 10 + n, 507) < 0.6
            then 'IN_PROGRESS' else 'COMPLETE' end
    when p.stage = 'PUBLISHED' then
        case when natgen.rnd(c.id * 10 + n, 507) < 0.3 then 'NOT_STARTED' when natgen.rnd(c.id * 10 + n, 507) < 0.8
            then 'IN_PROGRESS' else 'COMPLETE' end
    else
        case when natgen.rnd(c.id * 10 + n, 507) < 0.7 then 'NOT_STARTED' when natgen.rnd(c.id * 10 + n, 507) < 0.95
            then 'IN_PROGRESS' else 'COMPLETE' end
    end as status) s;

create unique index on natgen.a (id);

-- The dated updates, evenly spread over the action's life with some jitter; the first starts the action,
-- the last of a completed one completes it.
create table natgen.upd as
select a.id as action_id, k, a.n_updates, a.status,
    least(a.w1, a.w0 + floor((a.w1 - a.w0) * (k - 0.5 + 0.8 * (natgen.rnd(a.id * 20 + k, 509) - 0.5)) / a.n_updates)::int)
        as update_date,
    natgen.csp_person(a.csp_id, natgen.rnd(a.id * 20 + k, 510)) as author
from natgen.a a
cross join lateral generate_series(1, a.n_updates) k;

insert into plan_action (id, recommendation_id, position, action_text, lead_agency, key_milestones, target_date,
    completed_on, completion_outcome, status, created_at, updated_at)
select a.id, a.rec_id, a.position,
    natgen.pick(array['Deliver routine enquiry training to all GP practices',
        'Add a domestic abuse prompt to the assessment template',
        'Publish a pathway for male victims on every partner website',
        'Audit a sample of cases against the new referral criteria',
        'Agree an information-sharing protocol between health and police',
        'Run a campaign on economic abuse with local banks',
        'Review the MARAC referral threshold and report to the CSP board',
        'Introduce a specialist domestic abuse post in the hospital'], natgen.rnd(a.id, 511)),
    natgen.pick(array['Integrated Care Board', 'Police', 'Adult Social Care', 'Children''s Services', 'Housing',
        'Community Safety Partnership', 'Probation Service', 'NHS Trust'], natgen.rnd(a.id, 512)),
    case when natgen.rnd(a.id, 513) < 0.5 then 'Plan agreed by the CSP board; owner named' end,
    a.w0 + natgen.rint(a.id, 514, 60, 720),
    case when a.status = 'COMPLETE' then last.update_date end,
    case when a.status = 'COMPLETE' then 'Delivered and reported to the CSP board.' end,
    a.status, natgen.at(a.plan_on, 600), coalesce(natgen.at(last.update_date, 720), natgen.at(a.plan_on, 600))
from natgen.a a
left join natgen.upd last on last.action_id = a.id and last.k = a.n_updates
order by a.id;

insert into implementation_update (action_id, update_date, author_user_id, author_name, text, status_from, status_to,
    created_at)
select u.action_id, u.update_date, u.author, p.name,
    case
        when u.k = u.n_updates and u.status = 'COMPLETE' then 'Complete: delivered and reported to the CSP board.'
        else natgen.pick(array['Raised at the CSP board; an owner is agreed.', 'Training dates booked for the spring.',
            'Draft protocol circulated to partners for comment.', 'Audit sample chosen; findings due next quarter.',
            'Delayed by staff changes; a new lead has been named.', 'Progress reported to the regional group.',
            'Funding confirmed for the next financial year.', 'No progress this quarter; escalated to the chair.'],
            natgen.rnd(u.action_id * 20 + u.k, 515))
    end,
    case when u.k = 1 and u.status <> 'NOT_STARTED' then 'NOT_STARTED'
        when u.k = u.n_updates and u.status = 'COMPLETE' then 'IN_PROGRESS' end,
    case when u.k = 1 and u.status <> 'NOT_STARTED' then 'IN_PROGRESS'
        when u.k = u.n_updates and u.status = 'COMPLETE' then 'COMPLETE' end,
    natgen.at(u.update_date, 720 + (u.k * 7)::int)
from natgen.upd u
join natgen.u p on p.id = u.author
order by u.action_id, u.k;

update action_plan ap set updated_at = x.last_at
from (select r.action_plan_id, max(a.updated_at) as last_at
      from plan_action a join recommendation r on r.id = a.recommendation_id group by r.action_plan_id) x
where x.action_plan_id = ap.id and x.last_at > ap.updated_at;
