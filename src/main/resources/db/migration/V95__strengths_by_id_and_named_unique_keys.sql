-- Issue 14, two people at once. A letter's strengths are addressed by their own id and
-- carry a version, so that a save from a stale form is refused instead of overwriting
-- whichever strength now sits at the position the form was opened for.
alter table letter_strength add column version bigint not null default 0;

-- The unique keys that simultaneous duplicates race into have names the code maps to the
-- field message a slower duplicate gets (review_csp_reference_uk and
-- recommendation_plan_number_uk are already named).
alter table panel_meeting rename constraint panel_meeting_meeting_date_key to panel_meeting_date_uk;
