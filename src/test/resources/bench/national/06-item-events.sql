-- Each item's timeline, consistent with where it stands: opened (or carried forward by a correction),
-- assigned, given a due date, started, commented on, responded to, returned and answered again, accepted;
-- or withdrawn when a correction superseded its letter. Drafts have no events yet.

insert into feedback_item_event (item_id, event_type, actor_user_id, actor_name, occurred_at, from_status, to_status,
    text)
select i.id, e.event_type, e.actor, u.name, e.occurred_at, e.from_status, e.to_status, e.text
from natgen.i i
cross join lateral (values
    (1, case when i.letter_kind = 'C' then 'CARRIED_FORWARD' else 'OPENED' end, i.secretary,
        natgen.between(i.start_on, i.end_on, 0, 30 + i.id % 20),
        case when i.letter_kind = 'C' then null else 'DRAFT' end, 'OPEN',
        'Issued in the QA Panel letter of ' || to_char(i.start_on, 'FMDD FMMonth YYYY'), i.status <> 'DRAFT'),
    (2, 'ASSIGNED', i.person, natgen.between(i.start_on, i.end_on, 0.04, 40 + i.id % 20), null, null,
        natgen.person_name(i.person), i.assigned),
    (3, 'DUE_DATE_SET', i.person, natgen.between(i.start_on, i.end_on, 0.05, 45 + i.id % 20), null, null,
        to_char(i.start_on + natgen.rint(i.id, 414, 28, 70), 'FMDD FMMonth YYYY'), i.due),
    (4, 'STARTED', i.person, natgen.between(i.start_on, i.end_on, 0.15, 60 + i.id % 20), 'OPEN', 'IN_PROGRESS', null,
        i.started),
    (5, 'COMMENTED', i.person, natgen.between(i.start_on, i.end_on, 0.3, 100 + i.id % 20), null, null,
        natgen.pick(array['Asked the chair to look at this section.', 'Waiting for the police to confirm the dates.',
            'Discussed at the review panel meeting; the author is redrafting.',
            'The family have been asked whether they are content with the change.'], natgen.rnd(i.id, 420)),
        i.commented),
    (6, 'RESPONDED', i.person, natgen.between(i.start_on, i.end_on, 0.5, 150 + i.id % 20),
        case when i.started then 'IN_PROGRESS' else 'OPEN' end, 'RESPONDED',
        natgen.pick(array['Amended as suggested.', 'The section has been rewritten with the panel''s advice in mind.',
            'Added to the report, with the dates confirmed by the agencies.',
            'The chair met the family again and their views are now reflected.',
            'We have checked the whole report for this and corrected every instance.'], natgen.rnd(i.id, 415)),
        i.responded),
    (7, 'RETURNED', i.secretary, natgen.between(i.start_on, i.end_on, 0.6, 180 + i.id % 20), 'RESPONDED', 'RETURNED',
        'The response does not yet address the point about agencies'' information sharing.', i.returned_once),
    (8, 'STARTED', i.person, natgen.between(i.start_on, i.end_on, 0.7, 200 + i.id % 20), 'RETURNED', 'IN_PROGRESS',
        null, i.returned_once and i.status in ('RESPONDED', 'ACCEPTED')),
    (9, 'RESPONDED', i.person, natgen.between(i.start_on, i.end_on, 0.8, 250 + i.id % 20), 'IN_PROGRESS', 'RESPONDED',
        'Revised again: the information sharing between agencies is now analysed in section 11.',
        i.returned_once and i.status in ('RESPONDED', 'ACCEPTED')),
    (10, 'ACCEPTED', i.secretary,
        case when i.late_accept_on is not null then natgen.at(i.late_accept_on, 600 + (i.id % 200)::int)
            else natgen.between(i.start_on, i.end_on, 0.95, 300 + i.id % 20) end,
        'RESPONDED', 'ACCEPTED', null, i.accepted),
    (11, 'COMMENTED', i.secretary, natgen.at(i.end_on, 660), 'OPEN', 'WITHDRAWN',
        'Issued in the QA Panel letter of ' || to_char(i.end_on, 'FMDD FMMonth YYYY'), i.status = 'WITHDRAWN')
) e(seq, event_type, actor, occurred_at, from_status, to_status, text, included)
join natgen.u u on u.id = e.actor
where e.included
order by i.id, e.seq;
