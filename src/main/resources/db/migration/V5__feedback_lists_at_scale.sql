-- Lists of feedback items are paged and filtered in SQL. An item keeps the CSP of its
-- review (a review never changes CSP), so a person's lists are scoped without reading the
-- review module's table; the indexes serve each list's filter and order.
alter table feedback_item add column csp_id bigint;
update feedback_item i set csp_id = r.csp_id from review r where r.id = i.review_id;
alter table feedback_item alter column csp_id set not null;

-- The CSP always follows the review, however a row is written.
create function feedback_item_csp() returns trigger language plpgsql as $$
begin
    new.csp_id := (select csp_id from review where id = new.review_id);
    return new;
end $$;
create trigger feedback_item_csp before insert or update of review_id on feedback_item
    for each row execute function feedback_item_csp();

create index feedback_item_awaiting_idx on feedback_item (responded_at, id) where status = 'RESPONDED';
create index feedback_item_csp_status_idx on feedback_item (csp_id, status);
create index feedback_item_csp_unassigned_idx on feedback_item (csp_id, due_on)
    where assignee_user_id is null and status in ('OPEN', 'IN_PROGRESS', 'RETURNED');
create index feedback_item_due_idx on feedback_item (due_on)
    where assignee_user_id is not null and status in ('OPEN', 'IN_PROGRESS', 'RETURNED');

-- A withdrawal is its own event, not a comment.
alter table feedback_item_event drop constraint feedback_item_event_event_type_check;
alter table feedback_item_event add constraint feedback_item_event_event_type_check check (event_type in ('OPENED',
    'ASSIGNED', 'DUE_DATE_SET', 'COMMENTED', 'STARTED', 'RESPONDED', 'ACCEPTED', 'RETURNED', 'CARRIED_FORWARD',
    'WITHDRAWN'));
update feedback_item_event set event_type = 'WITHDRAWN' where event_type = 'COMMENTED' and to_status = 'WITHDRAWN';
