-- Panel meetings (Wednesdays) and letters: the first letter, the letter after a resubmission, corrections
-- that supersede an issued letter, and drafts the secretariat is still writing.

create table natgen.l as
select row_number() over (order by x.review_id, x.version) as id, x.*
from (
    select r.id as review_id, 1 as version, 'L1' as kind,
        case when r.corrected and not r.resub then 'SUPERSEDED' else 'ISSUED' end as status,
        r.meet1 as meeting_date, r.letter1 as letter_date,
        case when r.resub or r.cur_resub then 'RESUBMIT' else r.final_outcome end as outcome,
        case when r.resub or r.cur_resub then r.n_items_l1 else r.n_items_final end as n_new
    from natgen.r r where r.has_letter
    union all
    select r.id, 2, 'L2', case when r.corrected then 'SUPERSEDED' else 'ISSUED' end, r.meet2, r.letter2,
        r.final_outcome, r.n_items_l2_new
    from natgen.r r where r.resub
    union all
    select r.id, case when r.resub then 3 else 2 end, 'C', 'ISSUED', case when r.resub then r.meet2 else r.meet1 end,
        r.corrected_on, r.final_outcome, 0
    from natgen.r r where r.corrected
    union all
    select r.id, 1, 'D1', 'DRAFT', r.meet1, null, 'APPROVED_SUBJECT_TO_CHANGES', r.n_items_draft1
    from natgen.r r where r.draft1
    union all
    select r.id, 2, 'D2', 'DRAFT', r.meet2, null, 'RESUBMIT', 0
    from natgen.r r where r.draft2
) x;

create unique index on natgen.l (id);
create unique index on natgen.l (review_id, version);

create table natgen.m as
select row_number() over (order by d) as id, d as meeting_date
from (select meeting_date as d from natgen.l union select meet1 from natgen.r where scheduled) s;

insert into panel_meeting (id, meeting_date, created_at)
select id, meeting_date, natgen.at(meeting_date - 28, 600) from natgen.m order by id;

insert into panel_meeting_review (meeting_id, review_id, added_at)
select m.id, x.review_id, natgen.at(m.meeting_date - 14, 600 + (x.review_id % 120)::int)
from (select distinct review_id, meeting_date from natgen.l
      union select id, meet1 from natgen.r where scheduled) x
join natgen.m m on m.meeting_date = x.meeting_date
order by m.id, x.review_id;

create table natgen.wording as
select max(body) filter (where template_key = 'LETTERHEAD') as letterhead,
    max(body) filter (where template_key = 'SALUTATION') as salutation,
    max(body) filter (where template_key = 'OPENING') as opening,
    max(body) filter (where template_key = 'OUTCOME_APPROVED') as outcome_approved,
    max(body) filter (where template_key = 'OUTCOME_APPROVED_SUBJECT_TO_CHANGES') as outcome_changes,
    max(body) filter (where template_key = 'OUTCOME_RESUBMIT') as outcome_resubmit,
    max(body) filter (where template_key = 'LIST_HEADING') as list_heading,
    max(body) filter (where template_key = 'PUBLICATION_INSTRUCTIONS') as publication_instructions,
    max(body) filter (where template_key = 'CLOSING') as closing,
    max(body) filter (where template_key = 'SIGN_OFF') as sign_off
from letter_template;

insert into panel_letter (id, review_id, meeting_id, letter_version, status, letter_date, letterhead, addressee_name,
    addressee_role, addressee_organisation, addressee_address, salutation, opening, outcome, outcome_text,
    list_heading, publication_instructions, closing, sign_off, issued_at, issued_by_user_id, issued_file_id,
    supersedes_letter_id, supersede_reason, created_at, updated_at)
select l.id, l.review_id, m.id, l.version, l.status, l.letter_date, w.letterhead, c.contact_name, c.contact_role,
    c.contact_organisation, concat_ws(E'\n', c.address_line1, c.address_line2, c.town, c.postcode),
    replace(w.salutation, '{addresseeFirstName}', split_part(c.contact_name, ' ', 1)),
    replace(replace(replace(w.opening, '{pseudonym}', rv.victim_pseudonyms), '{csp}', c.name), '{meetingDate}',
        to_char(l.meeting_date, 'FMDDth FMMonth YYYY')),
    l.outcome,
    case l.outcome when 'APPROVED' then w.outcome_approved when 'RESUBMIT' then w.outcome_resubmit
        else w.outcome_changes end,
    w.list_heading, w.publication_instructions, w.closing, w.sign_off,
    case when l.status <> 'DRAFT' then natgen.at(l.letter_date, 630 + (l.id % 240)::int) end,
    case when l.status <> 'DRAFT' then r.secretary end,
    -- issued letters share one stored PDF; the benchmark's two reviews get theirs made by the app at start-up
    case when l.status <> 'DRAFT' and l.review_id > 2 then 2 end,
    case when l.kind = 'C' then l.id - 1 end,
    case when l.kind = 'C' then natgen.pick(array['A paragraph reference in the list of areas was wrong.',
        'The addressee''s name was misspelt.', 'The meeting date in the opening paragraph was wrong.',
        'One area for development was missing from the letter as issued.'], natgen.rnd(l.id, 301)) end,
    case when l.kind = 'C' then natgen.at(l.letter_date - 1, 600) else natgen.at(l.meeting_date + 7, 600) end,
    case when l.status <> 'DRAFT' then natgen.at(l.letter_date, 630 + (l.id % 240)::int)
        else natgen.at(l.meeting_date + 7, 600) end
from natgen.l l
join natgen.r r on r.id = l.review_id
join review rv on rv.id = l.review_id
join csp c on c.id = r.csp_id
join natgen.m m on m.meeting_date = l.meeting_date
cross join natgen.wording w
order by l.id;

insert into letter_strength (letter_id, position, text)
select l.id, n - 1, natgen.pick(array[
    'The QA Panel found this a sensitive and well-evidenced review which gives a clear voice to the family.',
    'The Panel commends the thorough chronology and the candid analysis of how agencies shared information.',
    'The review makes good use of research on coercive control and applies it carefully to the case.',
    'The recommendations are specific, owned by named agencies and linked to the findings.',
    'The Panel welcomes the involvement of specialist domestic abuse services on the review panel.',
    'The executive summary is clear and would stand alone for a reader new to the case.',
    'The review considers the victim''s protected characteristics with care throughout.',
    'The Panel was pleased to see the contribution of friends and colleagues captured in the report.'],
    natgen.rnd(l.id * 4 + n, 302))
from natgen.l l
cross join lateral generate_series(1, natgen.rint(l.id, 303, 1, 3)) n
order by l.id, n;
