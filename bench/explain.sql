-- EXPLAIN (ANALYZE, BUFFERS) of the main statements behind the register, the dashboard (and /api/reviews)
-- and the item lists, as the app sends them (captured by bench/run.sh in target/bench/sql/), with the
-- parameters filled in. Run on the national database:
--
--   psql -h 127.0.0.1 -U postgres -d dhr_national -f bench/explain.sql > target/bench/explain.txt
--
-- Review 1 is BENCH-BIG; user 3 is bench-secretariat@example.org.

\pset pager off
select string_agg(id::text, ',' order by updated_at desc, id desc) as all_review_ids from review \gset

\echo '=== register: count of all reviews'
explain (analyze, buffers) select count(r1_0.id) from review r1_0 where 1=1;

\echo '=== register: first page, newest first (the default order)'
explain (analyze, buffers) select r1_0.id, r1_0.reference, r1_0.stage, r1_0.updated_at from review r1_0 where 1=1
    order by r1_0.updated_at desc, r1_0.id desc offset 0 rows fetch first 25 rows only;

\echo '=== register: page 50'
explain (analyze, buffers) select r1_0.id, r1_0.reference, r1_0.stage, r1_0.updated_at from review r1_0 where 1=1
    order by r1_0.updated_at desc, r1_0.id desc offset 1225 rows fetch first 25 rows only;

\echo '=== register: filtered by stage'
explain (analyze, buffers) select r1_0.id, r1_0.reference, r1_0.stage, r1_0.updated_at from review r1_0
    where r1_0.stage = 'REVISING' order by r1_0.updated_at desc, r1_0.id desc offset 0 rows fetch first 25 rows only;

\echo '=== register: sorted by reference'
explain (analyze, buffers) select r1_0.id, r1_0.reference, r1_0.stage, r1_0.updated_at from review r1_0 where 1=1
    order by lower(r1_0.reference), r1_0.id desc offset 0 rows fetch first 25 rows only;

\echo '=== register: the years filter'
explain (analyze, buffers) select distinct extract(year from r1_0.notified_on) from review r1_0
    where r1_0.notified_on is not null and (null::bigint is null or r1_0.csp_id = null::bigint) order by 1 desc;

\echo '=== every page: unread notifications of the secretariat'
explain (analyze, buffers) select count(*) from notification where user_id = 3 and read_at is null;

\echo '=== dashboard and /api/reviews: open and total items of all 5,000 reviews (one statement, 5,000 parameters)'
explain (analyze, buffers) select i.review_id, count(*) filter (where i.status <> 'ACCEPTED') as open,
    count(*) as total from feedback_item i join panel_letter l on l.id = i.letter_id
    where l.status = 'ISSUED' and i.review_id in (:all_review_ids) group by i.review_id;

\echo '=== dashboard: every account, once per review (5,000 times a view)'
explain (analyze, buffers) select ua1_0.id, ua1_0.email, ua1_0.name, ua1_0.role, ua1_0.csp_id, ua1_0.enabled
    from app_user ua1_0 order by ua1_0.name;

\echo '=== dashboard: every letter (issued letters for turnaround)'
explain (analyze, buffers) select pl1_0.id, pl1_0.review_id, pl1_0.status, pl1_0.letter_date, pl1_0.meeting_id
    from panel_letter pl1_0;

\echo '=== dashboard, per review (x 10,000): live items of a review'
explain (analyze, buffers) select fi1_0.id, fi1_0.status, fi1_0.due_on, fi1_0.assignee_user_id from feedback_item fi1_0
    where fi1_0.review_id = 1 and fi1_0.status not in ('DRAFT', 'WITHDRAWN') order by fi1_0.letter_id desc, fi1_0.number;

\echo '=== dashboard, per review (x 5,000): the latest readiness override (no index on review_id)'
explain (analyze, buffers) select reason, by_name, created_at from readiness_override where review_id = 1
    order by created_at desc limit 1;

\echo '=== dashboard, per review (x 5,000): the latest publication pack'
explain (analyze, buffers) select p.id, f.size_bytes, p.page_count, p.assembled_at, p.assembled_by_name,
    p.report_version_id, p.letter_id from publication_pack p join stored_file f on f.id = p.file_id
    where p.review_id = 1 order by p.assembled_at desc, p.id desc limit 1;

\echo '=== dashboard, per action (x 20,465): its implementation updates'
explain (analyze, buffers) select u1_0.id, u1_0.update_date, u1_0.text from implementation_update u1_0
    where u1_0.action_id = (select min(id) from plan_action) order by u1_0.update_date, u1_0.created_at;

\echo '=== dashboard: what the page needs, set-based (readiness inputs of every review in one pass), for comparison'
explain (analyze, buffers)
select r.id,
    (select count(*) from feedback_item i where i.review_id = r.id and i.status in ('OPEN', 'IN_PROGRESS', 'RESPONDED', 'RETURNED')) as unresolved,
    (select count(*) from feedback_item i where i.review_id = r.id and i.status not in ('DRAFT', 'WITHDRAWN')) as live,
    exists (select 1 from report_version v where v.review_id = r.id and v.is_final) as final_report,
    (select count(*) from plan_action a join recommendation c on c.id = a.recommendation_id
        join action_plan p on p.id = c.action_plan_id where p.review_id = r.id
        and a.status <> 'COMPLETE' and a.target_date < date '2026-11-25') as overdue_actions,
    (select count(*) from publication_confirmation pc where pc.review_id = r.id) as confirmed
from review r;

\echo '=== awaiting verification: every responded item, oldest response first'
explain (analyze, buffers) select fi1_0.id, fi1_0.review_id, fi1_0.number, fi1_0.responded_at from feedback_item fi1_0
    where fi1_0.status = 'RESPONDED' order by fi1_0.responded_at;

\echo '=== awaiting verification: every review (registerAll), to name them'
explain (analyze, buffers) select r1_0.id, r1_0.reference, r1_0.victim_pseudonyms from review r1_0 where 1=1
    order by r1_0.updated_at desc, r1_0.id desc;

\echo '=== item list of the big review'
explain (analyze, buffers) select fi1_0.id, fi1_0.status, fi1_0.number from feedback_item fi1_0
    where fi1_0.review_id = 1 and fi1_0.status not in ('DRAFT', 'WITHDRAWN') order by fi1_0.letter_id desc, fi1_0.number;

\echo '=== one item: its timeline'
explain (analyze, buffers) select e1_0.id, e1_0.event_type, e1_0.occurred_at from feedback_item_event e1_0
    where e1_0.item_id = 1 order by e1_0.occurred_at, e1_0.id;
