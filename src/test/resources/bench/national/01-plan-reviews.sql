-- The plan of every review: its stage, the path it took through the lifecycle and the date of each step.
-- Review 1 is the big one (95 feedback items, 60 actions) and review 2 a small one, both in CSP 1 and
-- both revising after a letter, so the benchmark can compare them.
--
-- Dates are first laid out from a base date, then the whole chain is moved by a whole number of weeks
-- so that its last step falls before the as-of date: moving by weeks keeps panel meetings on Wednesdays.

create table natgen.r as
with b as materialized (
    select g as id,
        case when g <= 2 then 1 else 1 + floor(300 * power(natgen.rnd(g, 1), 1.4))::int end as csp_id,
        case when g <= 2 then 'REVISING' else natgen.stage_for(natgen.rnd(g, 2)) end as stage
    from generate_series(1, natgen.reviews()) g
), f as materialized (
    select b.*, natgen.stage_level(stage) as lvl,
        (stage = 'NOT_PROCEEDING' or (stage = 'CLOSED' and natgen.rnd(id, 3) < 0.15)) as np
    from b
), p as materialized (
    select f.*,
        (stage = 'DECISION_PENDING' or (stage <> 'NOTIFIED' and natgen.rnd(id, 4) < 0.3)) as has_dp,
        (not np and lvl >= 9) as pp,
        (not np and (lvl in (6, 7) or lvl >= 9) and id > 2 and natgen.rnd(id, 5) < 0.10) as resub,
        (stage = 'RESUBMITTED') as cur_resub,
        (stage = 'SUBMITTED_TO_QA' and natgen.rnd(id, 8) < 0.5) as draft1,
        (stage = 'RESUBMITTED' and natgen.rnd(id, 8) < 0.5) as draft2,
        (stage = 'SUBMITTED_TO_QA' and natgen.rnd(id, 8) >= 0.5 and natgen.rnd(id, 9) < 0.5) as scheduled,
        (stage = 'CLOSED' and not np and natgen.rnd(id, 10) < 0.8) as closed_mon,
        case
            when stage = 'RESUBMITTED' then 'RESUBMIT'
            when not np and lvl in (6, 7) then
                case when id > 2 and natgen.rnd(id, 6) < 0.15 then 'RESUBMIT' else 'APPROVED_SUBJECT_TO_CHANGES' end
            when not np and lvl >= 9 then
                case when natgen.rnd(id, 6) < 0.25 then 'APPROVED' else 'APPROVED_SUBJECT_TO_CHANGES' end
        end as final_outcome,
        date '2000-01-03' + natgen.rint(id, 11, 0, 6) as base,
        natgen.rint(id, 12, 7, 25) as d_dp, natgen.rint(id, 13, 10, 40) as d_dec, natgen.rint(id, 14, 0, 7) as d_ho,
        natgen.rint(id, 15, 10, 200) as d_npclose, natgen.rint(id, 16, 20, 90) as d_panel,
        natgen.rint(id, 17, 5, 60) as d_family, 150 + floor(750 * power(natgen.rnd(id, 18), 1.5))::int as d_sub,
        natgen.rint(id, 19, 7, 63) as d_wait1, natgen.rint(id, 20, 35, 49) as d_l1, natgen.rint(id, 21, 3, 30) as d_rev1,
        natgen.rint(id, 22, 30, 150) as d_resub, natgen.rint(id, 23, 7, 42) as d_wait2,
        natgen.rint(id, 24, 35, 49) as d_l2, natgen.rint(id, 25, 3, 20) as d_corr, natgen.rint(id, 26, 3, 30) as d_revf,
        natgen.rint(id, 27, 30, 240) as d_appr, natgen.rint(id, 28, 20, 300) as d_pub,
        natgen.rint(id, 29, 0, 14) as d_mon, natgen.rint(id, 30, 120, 1200) as d_close,
        case
            when id = 1 then 100
            when stage = 'NOTIFIED' then natgen.rint(id, 31, 0, 25)
            when stage = 'DECISION_PENDING' then natgen.rint(id, 31, 0, 30)
            when stage = 'NOT_PROCEEDING' or (stage = 'CLOSED' and np) then natgen.rint(id, 31, 0, 1500)
            when stage = 'COMMISSIONED' then natgen.rint(id, 31, 0, 120)
            when stage = 'IN_PROGRESS' then natgen.rint(id, 31, 0, 700)
            when stage in ('SUBMITTED_TO_QA', 'RESUBMITTED') then natgen.rint(id, 31, 0, 25)
            when stage = 'FEEDBACK_ISSUED' then natgen.rint(id, 31, 0, 35)
            when stage = 'REVISING' then natgen.rint(id, 31, 0, 300)
            when stage = 'APPROVED_FOR_PUBLICATION' then natgen.rint(id, 31, 0, 200)
            when stage = 'PUBLISHED' then natgen.rint(id, 31, 0, 150)
            when stage = 'MONITORING_ACTION_PLAN' then natgen.rint(id, 31, 0, 1800)
            else natgen.rint(id, 31, 0, 2200)
        end as slack
    from f
), o as materialized (
    select p.*,
        (not np and (lvl in (6, 7) or lvl >= 9)) or cur_resub as has_letter,
        (final_outcome is not null and final_outcome <> 'APPROVED' and not cur_resub and id > 2
            and natgen.rnd(id, 7) < 0.05) as corrected,
        (stage = 'REVISING' or (pp and final_outcome <> 'APPROVED' and natgen.rnd(id, 32) < 0.85)) as rev_final,
        base + case when has_dp then d_dp else 0 end + d_dec as c_decision
    from p
), c1 as materialized (
    select o.*, c_decision + d_panel as c_panel,
        natgen.wednesday(c_decision + d_panel + d_sub + d_wait1) as c_meet1
    from o
), c2 as materialized (
    select c1.*, c_meet1 + d_l1 + d_rev1 + d_resub as c_resub
    from c1
), c3 as materialized (
    select c2.*, natgen.wednesday(c_resub + d_wait2) as c_meet2,
        case when resub then natgen.wednesday(c_resub + d_wait2) + d_l2 else c_meet1 + d_l1 end as c_final
    from c2
), c4 as materialized (
    select c3.*,
        c_final + case when corrected then d_corr else 0 end + d_revf as c_rev_final,
        case when final_outcome = 'APPROVED' then c_final
            else c_final + case when corrected then d_corr else 0 end + d_revf + d_appr end as c_approved
    from c3
), c5 as materialized (
    select c4.*,
        case
            when stage = 'NOTIFIED' then base
            when stage = 'DECISION_PENDING' then base + d_dp
            when np and stage = 'CLOSED' then c_decision + d_npclose
            when np then c_decision
            when stage = 'COMMISSIONED' then c_decision
            when stage = 'IN_PROGRESS' then c_panel
            when stage = 'SUBMITTED_TO_QA' then
                case when draft1 then c_meet1 + 10 else c_panel + d_sub end
            when stage = 'FEEDBACK_ISSUED' then c_final + case when corrected then d_corr else 0 end
            when stage = 'REVISING' then c_rev_final
            when stage = 'RESUBMITTED' then case when draft2 then c_meet2 + 10 else c_resub end
            when stage = 'APPROVED_FOR_PUBLICATION' then c_approved
            when stage = 'PUBLISHED' then c_approved + d_pub
            when stage = 'MONITORING_ACTION_PLAN' then c_approved + d_pub + d_mon
            else c_approved + d_pub + case when closed_mon then d_mon else 0 end + d_close
        end as c_last
    from c4
)
select id, csp_id, stage, lvl, np, has_dp, pp, resub, cur_resub, draft1, draft2, scheduled, closed_mon, final_outcome,
    has_letter, corrected, rev_final,
    case when id = 1 then 95 when id = 2 then 6 when final_outcome = 'APPROVED' then 0
        else natgen.rint(id, 40, 8, 25) end as n_items_final,
    natgen.rint(id, 41, 8, 25) as n_items_l1,
    case when final_outcome = 'APPROVED' then 0 else natgen.rint(id, 42, 0, 4) end as n_items_l2_new,
    natgen.rint(id, 43, 5, 20) as n_items_draft1,
    shift + base as notified,
    case when has_dp then shift + base + d_dp end as dp_on,
    case when np or lvl >= 3 then shift + c_decision end as decision,
    case when np or lvl >= 3 then shift + c_decision + d_ho end as home_office_notified,
    case when np and stage = 'CLOSED' then shift + c_decision + d_npclose end as np_closed,
    case when not np and lvl >= 4 then shift + c_panel end as panel_first_met,
    case when not np and lvl >= 4 and natgen.rnd(id, 44) < 0.9 then shift + c_decision + d_family end as family_notified,
    case when not np and lvl >= 5 then shift + c_panel + d_sub end as submitted,
    case when has_letter or draft1 or scheduled then shift + c_meet1 end as meet1,
    case when has_letter then shift + c_meet1 + d_l1 end as letter1,
    case when resub or cur_resub then shift + c_meet1 + d_l1 + d_rev1 end as rev1,
    case when resub or cur_resub then shift + c_resub end as resubmitted,
    case when resub or draft2 then shift + c_meet2 end as meet2,
    case when resub then shift + c_meet2 + d_l2 end as letter2,
    case when has_letter then shift + c_final end as final_letter,
    case when corrected then shift + c_final + d_corr end as corrected_on,
    case when rev_final then shift + c_rev_final end as rev_final_on,
    case when pp then shift + c_approved end as approved,
    case when pp and lvl >= 10 then shift + c_approved + d_pub end as published,
    case when stage = 'MONITORING_ACTION_PLAN' or closed_mon then shift + c_approved + d_pub + d_mon end as monitoring,
    case when stage = 'CLOSED' and not np then shift + c_last end as closed,
    shift + c_last as last_on
from (select c5.*, 7 * floor((natgen.as_of() - slack - c_last) / 7.0)::int as shift from c5) s;

create unique index on natgen.r (id);

-- People of the review's CSP who do its work, and the secretariat member who deals with it.
alter table natgen.r add column worker bigint, add column secretary bigint;
update natgen.r set worker = case when id <= 2 then 1 else natgen.csp_person(csp_id, natgen.rnd(id, 45)) end,
    secretary = natgen.secretariat(natgen.rnd(id, 46));
