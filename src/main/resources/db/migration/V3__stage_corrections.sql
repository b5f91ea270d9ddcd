-- A stage put right by the secretariat or an administrator, not a step of the lifecycle:
-- shown as a correction on the review's timeline, with its reason in the note.
alter table review_stage_change add column correction boolean not null default false;
