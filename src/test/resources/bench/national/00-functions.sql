-- Helpers for the national data set. natgen.rnd(key, salt), natgen.as_of() and natgen.reviews() are
-- created by NationalData with the seed, the as-of date and the number of reviews written in, so that
-- every function here is a pure function of its arguments: the same seed gives the same rows whatever
-- plan PostgreSQL picks.

-- An integer in [lo, hi].
create function natgen.rint(k bigint, salt int, lo int, hi int) returns int
    language sql immutable parallel safe
    as $$ select lo + floor(natgen.rnd(k, salt) * (hi - lo + 1))::int $$;

-- One element of an array.
create function natgen.pick(items text[], r float8) returns text
    language sql immutable parallel safe
    as $$ select items[1 + floor(r * array_length(items, 1))::int] $$;

-- The QA Panel meets on Wednesdays: the first Wednesday on or after d.
create function natgen.wednesday(d date) returns date
    language sql immutable parallel safe
    as $$ select d + ((10 - extract(isodow from d)::int) % 7) $$;

-- A moment in UK civil time.
create function natgen.at(d date, minutes int) returns timestamptz
    language sql immutable parallel safe
    as $$ select (d + make_interval(mins => minutes)) at time zone 'Europe/London' $$;

-- A point between two dates (fraction 0..1), at a working-hours time of day.
create function natgen.between(d0 date, d1 date, frac float8, k bigint) returns timestamptz
    language sql immutable parallel safe
    as $$ select natgen.at(d0 + floor(greatest(d1 - d0, 0) * frac)::int, 540 + (k % 480)::int) $$;

-- Users are laid out so that a CSP's people can be picked without a lookup:
--   1..5 benchmark accounts, 6..45 secretariat, 46..105 Home Office managers, 106..120 administrators,
--   121..2000 CSP people: person m (0-based) belongs to CSP 1 + m % 300, and the last 380 are CSP managers.
-- CSPs 1..80 have 7 people, the others 6.
create function natgen.csp_person(csp int, r float8) returns bigint
    language sql immutable parallel safe
    as $$ select 121 + (csp - 1) + 300 * floor(r * (case when csp <= 80 then 7 else 6 end))::bigint $$;

create function natgen.secretariat(r float8) returns bigint
    language sql immutable parallel safe
    as $$ select 6 + floor(r * 40)::bigint $$;

create function natgen.first_name(k bigint) returns text
    language sql immutable parallel safe
    as $$ select (array['Amira','Ben','Chloe','Daniel','Emma','Fatima','George','Hannah','Imran','Jade','Kieran',
        'Laura','Mohammed','Nadia','Oliver','Priya','Rhys','Sophie','Tom','Uma','Victoria','William','Yasmin','Zoe',
        'Aled','Bethan','Callum','Delyth','Ewan','Fiona','Gareth','Helen','Isaac','Jess','Kwame','Leah','Marcus',
        'Niamh','Owen','Patrick','Rachel','Sam','Tariq','Ursula','Vikram','Wendy','Alex','Bronwen','Chris','Dylan'])
        [1 + (k % 50)::int] $$;

create function natgen.last_name(k bigint) returns text
    language sql immutable parallel safe
    as $$ select (array['Ahmed','Baker','Begum','Clarke','Davies','Edwards','Evans','Fisher','Green','Hughes','Iqbal',
        'Jones','Khan','Lewis','Morgan','Nolan','Okafor','Patel','Price','Quinn','Roberts','Shah','Taylor','Turner',
        'Usman','Vaughan','Walker','Williams','Wright','Young','Allen','Bell','Carter','Dixon','Ellis','Foster',
        'Grant','Hall','Ince','Jenkins','Kaur','Marsh','Nash','Owusu','Parry','Reid','Singh','Thomas','Wood','Yates'])
        [1 + ((k / 50) % 50)::int] $$;

create function natgen.person_name(k bigint) returns text
    language sql immutable parallel safe
    as $$ select natgen.first_name(k * 7 + 3) || ' ' || natgen.last_name(k * 11 + 50 * (k % 13)) $$;

create function natgen.stage_for(x float8) returns text
    language sql immutable parallel safe
    as $$ select case
        when x < 0.03 then 'NOTIFIED' when x < 0.05 then 'DECISION_PENDING' when x < 0.07 then 'NOT_PROCEEDING'
        when x < 0.12 then 'COMMISSIONED' when x < 0.29 then 'IN_PROGRESS' when x < 0.33 then 'SUBMITTED_TO_QA'
        when x < 0.39 then 'FEEDBACK_ISSUED' when x < 0.47 then 'REVISING' when x < 0.49 then 'RESUBMITTED'
        when x < 0.55 then 'APPROVED_FOR_PUBLICATION' when x < 0.67 then 'PUBLISHED'
        when x < 0.85 then 'MONITORING_ACTION_PLAN' else 'CLOSED' end $$;

create function natgen.stage_level(stage text) returns int
    language sql immutable parallel safe
    as $$ select case stage when 'NOTIFIED' then 1 when 'DECISION_PENDING' then 2 when 'NOT_PROCEEDING' then 2
        when 'COMMISSIONED' then 3 when 'IN_PROGRESS' then 4 when 'SUBMITTED_TO_QA' then 5 when 'FEEDBACK_ISSUED' then 6
        when 'REVISING' then 7 when 'RESUBMITTED' then 8 when 'APPROVED_FOR_PUBLICATION' then 9 when 'PUBLISHED' then 10
        when 'MONITORING_ACTION_PLAN' then 11 else 12 end $$;

-- Where a feedback item on a letter now stands, by the review's stage (r: a random number).
create function natgen.item_status(stage text, r float8) returns text
    language sql immutable parallel safe
    as $$ select case
        when stage = 'FEEDBACK_ISSUED' then
            case when r < 0.45 then 'OPEN' when r < 0.75 then 'IN_PROGRESS' when r < 0.95 then 'RESPONDED' else 'ACCEPTED' end
        when stage = 'REVISING' then
            case when r < 0.05 then 'OPEN' when r < 0.17 then 'IN_PROGRESS' when r < 0.67 then 'RESPONDED'
                when r < 0.75 then 'RETURNED' else 'ACCEPTED' end
        when stage = 'RESUBMITTED' then case when r < 0.6 then 'RESPONDED' else 'ACCEPTED' end
        else 'ACCEPTED' end $$;
