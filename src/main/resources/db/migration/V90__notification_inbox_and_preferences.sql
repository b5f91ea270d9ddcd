-- What each notification is about, so the inbox can say so and open the right page even
-- after the thing has moved on (an item withdrawn by a corrected letter opens its review's
-- list of items instead of a page that no longer exists).
alter table notification add column kind varchar(40);
alter table notification add column item_id bigint;

-- The counts of each person's inbox, kept as the inbox changes: the unread count in the
-- header of every page, and the total the inbox pages through, are each one row read by
-- its key instead of a count over a person's notifications (thousands for the
-- secretariat at national scale).
create table notification_inbox (
    user_id     bigint primary key references app_user (id),
    unread      integer not null default 0 check (unread >= 0),
    total       integer not null default 0 check (total >= unread)
);
insert into notification_inbox (user_id, unread, total)
    select user_id, count(*) filter (where read_at is null), count(*) from notification group by user_id;

-- "Mark all as read" finds a person's unread ones without reading the rest.
create index notification_unread_idx on notification (user_id) where read_at is null;

-- Each person's choice per kind of notification: in the service only, or also by email.
-- No row: the default, which is also by email (as the service always did).
create table notification_preference (
    user_id     bigint not null references app_user (id),
    kind        varchar(40) not null,
    by_email    boolean not null,
    primary key (user_id, kind)
);
