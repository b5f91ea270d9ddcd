-- Publication: the confirmed steps and the pack of each published review, a few readiness overrides, and
-- the notifications and emails the service sent along the way.

create table natgen.conf as
select r.id as review_id, t.task_key, t.on_date, t.detail, r.worker
from natgen.r r
join review rv on rv.id = r.id
cross join lateral (values
    (1, 'SENT_TO_HOME_OFFICE', least(natgen.as_of(), r.published + natgen.rint(r.id, 601, 1, 10)), null::text,
        r.stage <> 'PUBLISHED' or natgen.rnd(r.id, 602) < 0.8),
    (2, 'SENT_TO_COMMISSIONER', least(natgen.as_of(), r.published + natgen.rint(r.id, 603, 1, 10)), null,
        r.stage <> 'PUBLISHED' or natgen.rnd(r.id, 604) < 0.8),
    (3, 'PUBLISHED_ON_WEBSITE', r.published, rv.published_url, true),
    (4, 'LETTER_PUBLISHED_ALONGSIDE', r.published, null, true)
) t(n, task_key, on_date, detail, included)
where r.published is not null and t.included;

insert into publication_confirmation (review_id, task_key, confirmed_on, detail, confirmed_by_user_id,
    confirmed_by_name, created_at)
select c.review_id, c.task_key, c.on_date, c.detail, c.worker, u.name, natgen.at(c.on_date, 800)
from natgen.conf c
join natgen.u u on u.id = c.worker
order by c.review_id, c.task_key;

insert into change_history (entity_type, entity_id, review_id, field, old_value, new_value, actor_user_id, actor_name,
    changed_at)
select 'review', c.review_id, c.review_id, 'task.' || c.task_key, null,
    c.on_date || case when c.detail is not null then ' ' || c.detail else '' end, c.worker, u.name,
    natgen.at(c.on_date, 800)
from natgen.conf c
join natgen.u u on u.id = c.worker
order by c.review_id, c.task_key;

insert into publication_pack (review_id, file_id, size_bytes, page_count, report_version_id, letter_id,
    assembled_by_name, assembled_at)
select r.id, 3, (select size_bytes from stored_file where id = 3), 8, v.id, cur.letter_id, u.name, natgen.at(r.published - 3, 840)
from natgen.r r
join natgen.rv v on v.review_id = r.id and v.k = 4
join (select review_id, max(id) as letter_id from natgen.l where status = 'ISSUED' group by review_id) cur
    on cur.review_id = r.id
join natgen.u u on u.id = r.worker
where r.published is not null
order by r.id;

insert into readiness_override (review_id, reason, by_user_id, by_name, created_at)
select r.id, 'The remaining areas are minor wording points the CSP will correct before publication.',
    natgen.rint(r.id, 605, 46, 105), u.name, natgen.at(natgen.as_of() - natgen.rint(r.id, 606, 1, 60), 900)
from natgen.r r
join natgen.u u on u.id = natgen.rint(r.id, 605, 46, 105)
where r.stage = 'REVISING' and r.id > 2 and natgen.rnd(r.id, 607) < 0.03
order by r.id;

-- Everyone in the CSP hears of each letter; the secretariat hears of each resubmission.
create table natgen.n as
select row_number() over (order by x.created_at, x.user_id, x.subject) as id, x.*
from (
    select p.user_id, 'QA Panel letter issued: ' || rv.victim_pseudonyms as subject,
        'The QA Panel letter on the review “' || rv.victim_pseudonyms || '” has been issued. Outcome: '
            || case pl.outcome when 'APPROVED' then 'Approved' when 'RESUBMIT' then 'Resubmit'
                else 'Approved subject to changes' end
            || '. It has ' || coalesce(ic.n, 0) || ' area(s) for development for your CSP to act on.' as body,
        '/letters/' || pl.id as link, pl.issued_at as created_at
    from panel_letter pl
    join review rv on rv.id = pl.review_id
    left join (select letter_id, count(*) as n from feedback_item group by letter_id) ic on ic.letter_id = pl.id
    cross join lateral (
        select natgen.csp_person(rv.csp_id::int, 0) + 300 * k as user_id
        from generate_series(0, case when rv.csp_id <= 80 then 6 else 5 end) k
        union all
        select b.id from (values (1::bigint), (2::bigint)) b(id) where rv.csp_id = 1
    ) p
    where pl.status <> 'DRAFT'
    union all
    select s.user_id, 'Review resubmitted: ' || rv.victim_pseudonyms,
        'The review “' || rv.victim_pseudonyms || '” from ' || c.name
            || ' has been resubmitted to the QA Panel with a response to every area.',
        '/reviews/' || rv.id, natgen.at(r.resubmitted, 780)
    from natgen.r r
    join review rv on rv.id = r.id
    join csp c on c.id = rv.csp_id
    cross join lateral (select 3::bigint as user_id union all select g from generate_series(6, 45) g) s
    where r.resubmitted is not null
) x;

insert into notification (id, user_id, subject, body, link, created_at, read_at)
select n.id, n.user_id, n.subject, n.body, n.link, n.created_at,
    case when n.created_at < natgen.at(natgen.as_of() - 14, 0) and natgen.rnd(n.id, 608) < 0.92
        then n.created_at + make_interval(days => natgen.rint(n.id, 609, 0, 10), hours => 2) end
from natgen.n n
order by n.id;

insert into outbound_email (recipient, subject, body, created_at, status)
select u.email, n.subject, n.body, n.created_at, 'RECORDED'
from natgen.n n
join natgen.u u on u.id = n.user_id
order by n.id;
