-- 300 Community Safety Partnerships and 2,000 accounts. Accounts 1..5 are the benchmark's, one per role,
-- with known emails; every account has the same password (its hash is in natgen.settings).

create table natgen.area as
select row_number() over () as n, a as area
from unnest(array['Barnsley','Bath and North East Somerset','Bedford','Birmingham','Blackburn with Darwen',
    'Blackpool','Bolton','Bournemouth','Bracknell Forest','Bradford','Brighton and Hove','Bristol','Buckinghamshire',
    'Bury','Calderdale','Cambridgeshire','Cardiff','Carmarthenshire','Central Bedfordshire','Ceredigion','Cheshire East',
    'Cheshire West','Conwy','Cornwall','Coventry','Cumberland','Darlington','Denbighshire','Derby','Derbyshire','Devon',
    'Doncaster','Dorset','Dudley','Durham','East Riding','East Sussex','Essex','Flintshire','Gateshead','Gloucestershire',
    'Gwynedd','Halton','Hampshire','Hartlepool','Herefordshire','Hertfordshire','Hull','Isle of Wight','Kent',
    'Kirklees','Knowsley','Lancashire','Leeds','Leicester','Leicestershire','Lincolnshire','Liverpool','Luton',
    'Manchester','Medway','Merthyr Tydfil','Middlesbrough','Milton Keynes','Monmouthshire','Newcastle','Newport',
    'Norfolk','North Somerset','North Tyneside','North Yorkshire','Northumberland','Nottingham','Nottinghamshire',
    'Oldham','Oxfordshire','Pembrokeshire','Peterborough','Plymouth','Portsmouth','Powys','Reading','Rochdale',
    'Rotherham','Salford','Sandwell','Sefton','Sheffield','Shropshire','Somerset','Southampton','Southend',
    'Staffordshire','Stockport','Suffolk','Sunderland','Surrey','Swansea','Warwickshire','Wrexham']) a;

insert into csp (id, name, area, address_line1, address_line2, town, postcode, contact_name, contact_role,
    contact_organisation, contact_email, created_at, updated_at)
select g,
    case (g - 1) / 100
        when 0 then a.area || ' Community Safety Partnership'
        when 1 then 'Safer ' || a.area || ' Partnership'
        else a.area || ' Community Safety and Justice Partnership' end,
    a.area,
    natgen.pick(array['Civic Centre','County Hall','Town Hall','Council Offices','Guildhall'], natgen.rnd(g, 101)),
    natgen.pick(array['High Street','Market Place','Station Road','Church Street','Park Lane'], natgen.rnd(g, 102)),
    a.area,
    chr(65 + (g % 23)) || chr(65 + (g * 7 % 23)) || (1 + g % 20) || ' ' || (g % 10) || chr(65 + (g * 3 % 23))
        || chr(65 + (g * 5 % 23)),
    natgen.person_name(5000 + g),
    'Chair, ' || a.area || ' Community Safety Partnership',
    a.area || ' Council',
    'csp' || g || '@example.org',
    natgen.at(natgen.as_of() - 4000 + g, 600), natgen.at(natgen.as_of() - 4000 + g, 600)
from generate_series(1, 300) g
join natgen.area a on a.n = 1 + (g - 1) % 100;

create table natgen.u as
select g as id,
    case g when 1 then 'bench-staff@example.org' when 2 then 'bench-csp-manager@example.org'
        when 3 then 'bench-secretariat@example.org' when 4 then 'bench-manager@example.org'
        when 5 then 'bench-admin@example.org'
        else lower(natgen.first_name(g * 7 + 3)) || '.' || lower(replace(natgen.last_name(g * 11 + 50 * (g % 13)), ' ', ''))
            || '.' || g || '@example.org' end as email,
    case g when 1 then 'Bench Staff' when 2 then 'Bench CSP Manager' when 3 then 'Bench Secretariat'
        when 4 then 'Bench Manager' when 5 then 'Bench Administrator' else natgen.person_name(g) end as name,
    case when g in (1) then 'CSP_STAFF' when g = 2 then 'CSP_MANAGER' when g = 3 or g between 6 and 45 then 'QA_SECRETARIAT'
        when g = 4 or g between 46 and 105 then 'MANAGER' when g = 5 or g between 106 and 120 then 'ADMINISTRATOR'
        when g - 121 < 1500 then 'CSP_STAFF' else 'CSP_MANAGER' end as role,
    case when g <= 2 then 1 when g >= 121 then 1 + (g - 121) % 300 end as csp_id,
    natgen.as_of() - natgen.rint(g, 103, 30, 3600) as created_on
from generate_series(1, 2000) g;

insert into app_user (id, email, name, role, csp_id, password_hash, enabled, last_sign_in_at, created_at, updated_at)
select u.id, u.email, u.name, u.role, u.csp_id, (select password_hash from natgen.settings),
    u.id <= 5 or natgen.rnd(u.id, 104) >= 0.02,
    case when natgen.rnd(u.id, 105) < 0.8 then natgen.at(natgen.as_of() - natgen.rint(u.id, 106, 0, 60), 540 + (u.id % 400)::int) end,
    natgen.at(u.created_on, 600), natgen.at(u.created_on, 600)
from natgen.u u order by u.id;

-- Who created each account and CSP, as the administrators' pages record it.
insert into change_history (entity_type, entity_id, review_id, field, old_value, new_value, actor_user_id, actor_name,
    changed_at)
select 'user', u.id, null, f.field, null, f.value, a.id, a.name, natgen.at(u.created_on, 600)
from natgen.u u
join natgen.u a on a.id = 106 + u.id % 15
cross join lateral (values (1, 'user.field.name', u.name), (2, 'user.field.email', u.email),
    (3, 'user.field.role', 'role.' || u.role), (4, 'user.field.csp', 'csp#' || u.csp_id)) f(n, field, value)
where f.value is not null
order by u.id, f.n;

insert into change_history (entity_type, entity_id, review_id, field, old_value, new_value, actor_user_id, actor_name,
    changed_at)
select 'csp', c.id, null, f.field, null, f.value, a.id, a.name, c.created_at
from csp c
join natgen.u a on a.id = 106 + c.id % 15
cross join lateral (values (1, 'csp.field.name', c.name), (2, 'csp.field.area', c.area),
    (3, 'csp.field.addressLine1', c.address_line1), (4, 'csp.field.addressLine2', c.address_line2),
    (5, 'csp.field.town', c.town), (6, 'csp.field.postcode', c.postcode), (7, 'csp.field.contactName', c.contact_name),
    (8, 'csp.field.contactRole', c.contact_role), (9, 'csp.field.contactOrganisation', c.contact_organisation),
    (10, 'csp.field.contactEmail', c.contact_email)) f(n, field, value)
order by c.id, f.n;
