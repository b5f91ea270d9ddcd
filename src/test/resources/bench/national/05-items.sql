-- Feedback items. A letter's areas are new; a letter after a resubmission carries forward the areas not
-- yet accepted; a correction repeats every area of the letter it supersedes, whose own items are withdrawn;
-- drafts hold draft items. Where each item now stands follows from the review's stage.

create table natgen.area_text as
select row_number() over () as n, t.category, t.text
from (values
    ('PSEUDONYM_OR_ANONYMISATION', 'The victim is referred to by another name in this paragraph; please check the pseudonyms throughout.'),
    ('PSEUDONYM_OR_ANONYMISATION', 'A professional is named in full; please anonymise by role and agency.'),
    ('PSEUDONYM_OR_ANONYMISATION', 'The date of birth of a child appears in the chronology and should be removed.'),
    ('MISSING_FACT_OR_DATE', 'The front page should state the month and year of the death.'),
    ('MISSING_FACT_OR_DATE', 'Please add the date the review was commissioned and the date the panel first met.'),
    ('MISSING_FACT_OR_DATE', 'The report should say when the family were first told of the review.'),
    ('MISSING_RATIONALE', 'Please explain why the time period under review was chosen.'),
    ('MISSING_RATIONALE', 'The report should set out why the review was held as a domestic homicide review.'),
    ('FAMILY_ENGAGEMENT', 'Please describe how the family were invited to contribute and how their views shaped the review.'),
    ('FAMILY_ENGAGEMENT', 'The Panel would like to see the family''s own words about the victim included, if they agree.'),
    ('EQUALITY_AND_DIVERSITY', 'The equality and diversity section should consider each protected characteristic in turn.'),
    ('EQUALITY_AND_DIVERSITY', 'Please consider whether the victim''s disability affected their access to services.'),
    ('ANALYSIS_DEPTH', 'The analysis restates the chronology; please say what agencies could have done differently.'),
    ('ANALYSIS_DEPTH', 'Please analyse the missed opportunities to refer to MARAC.'),
    ('ANALYSIS_DEPTH', 'The report should consider coercive and controlling behaviour across the whole relationship.'),
    ('TERMS_OF_REFERENCE', 'The terms of reference should be included as an appendix.'),
    ('TERMS_OF_REFERENCE', 'Please show how each term of reference has been answered.'),
    ('STRUCTURE_OR_TEMPLATE', 'The report does not follow the statutory guidance template; please reorder the sections.'),
    ('STRUCTURE_OR_TEMPLATE', 'Please add a glossary of the acronyms used.'),
    ('RECOMMENDATIONS_OR_ACTION_PLAN', 'The action plan should give a target date and a lead agency for each action.'),
    ('RECOMMENDATIONS_OR_ACTION_PLAN', 'Recommendation 3 is not reflected in the action plan.'),
    ('NAMING_AGENCIES', 'Please list the agencies that contributed and those that were asked but did not.'),
    ('TIMESCALES', 'Please explain why the review took longer than six months to complete.'),
    ('PROOFREADING', 'The report would benefit from a proofread; several paragraphs repeat.'),
    ('PROOFREADING', 'Paragraph numbering restarts part way through the report.'),
    ('OTHER', 'Please add the contact details of local and national support services at the end of the report.')
) t(category, text);

create table natgen.i0 (
    letter_id bigint not null,
    number int not null,
    review_id bigint not null,
    kind text not null,
    src_letter_id bigint,
    src_number int,
    text_no int not null,
    paragraph_ref text,
    status text not null,
    resub_status text,
    primary key (letter_id, number)
);

-- New areas on first letters and on drafts
insert into natgen.i0 (letter_id, number, review_id, kind, text_no, paragraph_ref, status, resub_status)
select l.id, n, l.review_id, 'new', natgen.rint(l.id * 1000 + n, 401, 1, 26),
    case when natgen.rnd(l.id * 1000 + n, 402) < 0.7 then
        natgen.rint(l.id * 1000 + n, 403, 1, 18) || '.' || natgen.rint(l.id * 1000 + n, 404, 1, 9) end,
    case
        when l.kind = 'D1' then 'DRAFT'
        when r.resub or r.cur_resub then
            case when r.pp then 'ACCEPTED' else natgen.item_status('RESUBMITTED', natgen.rnd(l.id * 1000 + n, 405)) end
        when r.corrected then 'WITHDRAWN'
        else natgen.item_status(r.stage, natgen.rnd(l.id * 1000 + n, 405))
    end,
    case when r.resub or r.cur_resub then natgen.item_status('RESUBMITTED', natgen.rnd(l.id * 1000 + n, 405)) end
from natgen.l l
join natgen.r r on r.id = l.review_id
cross join lateral generate_series(1, l.n_new) n
where l.kind in ('L1', 'D1');

-- After a resubmission the areas not yet accepted carry forward (to the next letter, or its draft)
insert into natgen.i0 (letter_id, number, review_id, kind, src_letter_id, src_number, text_no, paragraph_ref, status)
select l.id, row_number() over (partition by l.id order by i.number), l.review_id,
    case when l.kind = 'D2' then 'carried-draft' else 'carried' end, i.letter_id, i.number, i.text_no, i.paragraph_ref,
    case when l.kind = 'D2' then 'DRAFT' when r.corrected then 'WITHDRAWN'
        else natgen.item_status(r.stage, natgen.rnd(l.id * 1000 + i.number, 406)) end
from natgen.l l
join natgen.r r on r.id = l.review_id
join natgen.l first on first.review_id = l.review_id and first.kind = 'L1'
join natgen.i0 i on i.letter_id = first.id and i.resub_status = 'RESPONDED'
where l.kind in ('L2', 'D2') and l.outcome <> 'APPROVED';

insert into natgen.i0 (letter_id, number, review_id, kind, text_no, paragraph_ref, status)
select l.id, coalesce(c.carried, 0) + n, l.review_id, 'new', natgen.rint(l.id * 1000 + n, 401, 1, 26),
    case when natgen.rnd(l.id * 1000 + n, 402) < 0.7 then
        natgen.rint(l.id * 1000 + n, 403, 1, 18) || '.' || natgen.rint(l.id * 1000 + n, 404, 1, 9) end,
    case when r.corrected then 'WITHDRAWN' else natgen.item_status(r.stage, natgen.rnd(l.id * 1000 + n, 405)) end
from natgen.l l
join natgen.r r on r.id = l.review_id
left join (select letter_id, count(*)::int as carried from natgen.i0 group by letter_id) c on c.letter_id = l.id
cross join lateral generate_series(1, l.n_new) n
where l.kind = 'L2';

-- A correction repeats the superseded letter's areas word for word and takes over their progress
insert into natgen.i0 (letter_id, number, review_id, kind, src_letter_id, src_number, text_no, paragraph_ref, status)
select l.id, i.number, l.review_id, 'copy', i.letter_id, i.number, i.text_no, i.paragraph_ref,
    natgen.item_status(r.stage, natgen.rnd(l.id * 1000 + i.number, 407))
from natgen.l l
join natgen.r r on r.id = l.review_id
join natgen.i0 i on i.letter_id = l.id - 1
where l.kind = 'C';

-- Ids in letter order, each item's timeline window and the moments of its events
create table natgen.i as
select row_number() over (order by i.letter_id, i.number) as id, i.*, l.kind as letter_kind,
    case when l.kind = 'C' then r.corrected_on else l.letter_date end as start_on,
    case
        when i.status = 'WITHDRAWN' then r.corrected_on
        when l.kind = 'L1' and (r.resub or r.cur_resub) then r.resubmitted
        when r.pp then r.approved
        else natgen.as_of()
    end as end_on,
    case when l.kind = 'L1' and r.resub and r.pp and i.resub_status = 'RESPONDED'
        then r.letter2 + floor((r.approved - r.letter2) * natgen.rnd(l.id * 1000 + i.number, 408))::int end as late_accept_on,
    case when r.id <= 2 and i.number % 3 = 0 then 1
        else natgen.csp_person(r.csp_id, natgen.rnd(l.id * 1000 + i.number, 409)) end as person,
    r.secretary, r.csp_id, r.stage, l.letter_date, l.meeting_date
from natgen.i0 i
join natgen.l l on l.id = i.letter_id
join natgen.r r on r.id = i.review_id;

create unique index on natgen.i (id);
create unique index on natgen.i (letter_id, number);

alter table natgen.i add column assigned boolean, add column due boolean, add column started boolean,
    add column commented boolean, add column responded boolean, add column returned_once boolean,
    add column accepted boolean, add column carried_from bigint;

update natgen.i set
    assigned = status not in ('DRAFT', 'OPEN', 'WITHDRAWN') or (status <> 'DRAFT' and natgen.rnd(id, 410) < 0.5),
    -- an item may be answered straight from "open", without being marked as started first
    started = status = 'IN_PROGRESS'
        or (status in ('RESPONDED', 'RETURNED', 'ACCEPTED') and natgen.rnd(id, 419) < 0.75),
    responded = status in ('RESPONDED', 'RETURNED', 'ACCEPTED'),
    returned_once = status = 'RETURNED' or (status in ('RESPONDED', 'ACCEPTED') and natgen.rnd(id, 411) < 0.06),
    accepted = status = 'ACCEPTED';
update natgen.i set due = assigned and natgen.rnd(id, 412) < 0.6, commented = started and natgen.rnd(id, 413) < 0.1;

update natgen.i i set carried_from = s.id
from natgen.i s
where s.letter_id = i.src_letter_id and s.number = i.src_number;

insert into feedback_item (id, letter_id, review_id, number, text, paragraph_ref, category, status, assignee_user_id,
    due_on, response_text, addressed_in_version_id, addressed_paragraph, responded_by_user_id, responded_at,
    decision_note, decided_by_user_id, decided_at, carried_from_item_id, created_at, updated_at)
select i.id, i.letter_id, i.review_id, i.number,
    case when i.paragraph_ref is not null then 'In ' || i.paragraph_ref || ': ' else '' end || t.text,
    i.paragraph_ref, t.category, i.status,
    case when i.assigned then i.person end,
    case when i.due then i.start_on + natgen.rint(i.id, 414, 28, 70) end,
    case when i.responded then natgen.pick(array['Amended as suggested.',
        'The section has been rewritten with the panel''s advice in mind.',
        'Added to the report, with the dates confirmed by the agencies.',
        'The chair met the family again and their views are now reflected.',
        'We have checked the whole report for this and corrected every instance.'], natgen.rnd(i.id, 415)) end,
    case when i.responded then v.id end,
    case when i.responded then coalesce(i.paragraph_ref, natgen.rint(i.id, 416, 1, 18) || '.' || natgen.rint(i.id, 417, 1, 9)) end,
    case when i.responded then i.person end,
    case when i.returned_once and i.status <> 'RETURNED' then natgen.between(i.start_on, i.end_on, 0.8, 250 + i.id % 20)
        when i.responded then natgen.between(i.start_on, i.end_on, 0.5, 150 + i.id % 20) end,
    case when i.status = 'RETURNED' then 'The response does not yet address the point about agencies'' information sharing.'
        when i.accepted and natgen.rnd(i.id, 418) < 0.3 then 'Thank you; this is now addressed.' end,
    case when i.status in ('RETURNED', 'ACCEPTED') then i.secretary end,
    case when i.status = 'RETURNED' then natgen.between(i.start_on, i.end_on, 0.6, 180 + i.id % 20)
        when i.accepted and i.late_accept_on is not null then natgen.at(i.late_accept_on, 600 + (i.id % 200)::int)
        when i.accepted then natgen.between(i.start_on, i.end_on, 0.95, 300 + i.id % 20) end,
    i.carried_from,
    case when i.letter_kind = 'C' then natgen.at(i.start_on - 1, 600) else natgen.at(i.meeting_date + 7, 610) end,
    case
        when i.status = 'DRAFT' then natgen.at(i.meeting_date + 7, 610)
        when i.status = 'WITHDRAWN' then natgen.at(i.end_on, 660)
        when i.accepted and i.late_accept_on is not null then natgen.at(i.late_accept_on, 600 + (i.id % 200)::int)
        when i.accepted then natgen.between(i.start_on, i.end_on, 0.95, 300 + i.id % 20)
        when i.status = 'RETURNED' then natgen.between(i.start_on, i.end_on, 0.6, 180 + i.id % 20)
        when i.returned_once then natgen.between(i.start_on, i.end_on, 0.8, 250 + i.id % 20)
        when i.responded then natgen.between(i.start_on, i.end_on, 0.5, 150 + i.id % 20)
        when i.started then natgen.between(i.start_on, i.end_on, 0.15, 60 + i.id % 20)
        when i.assigned then natgen.between(i.start_on, i.end_on, 0.05, 40 + i.id % 20)
        else natgen.at(i.start_on, 630 + (i.id % 100)::int)
    end
from natgen.i i
join natgen.area_text t on t.n = i.text_no
left join natgen.rv v on v.review_id = i.review_id
    and v.k = case when i.letter_kind = 'L1' and i.resub_status is not null then 2 else 3 end
order by i.id;
