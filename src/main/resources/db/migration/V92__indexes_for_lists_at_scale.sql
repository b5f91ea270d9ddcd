-- Indexes for the register's sorts and filters and the per-review look-ups the hub and the
-- publication checklist make, so that each stays an index scan at national scale (5,000
-- reviews; see bench/README.md). Every sort ends with the id, as the register's query does.

create index review_updated_idx on review (updated_at desc, id desc);
create index review_csp_updated_idx on review (csp_id, updated_at desc, id desc);
create index review_reference_order_idx on review (lower(reference), id);
create index review_notified_idx on review (notified_on, id);
create index review_stage_updated_idx on review (stage, updated_at desc, id desc);

create index readiness_override_review_idx on readiness_override (review_id, created_at desc);
create index report_version_final_idx on report_version (review_id) where is_final;
create index panel_letter_review_status_idx on panel_letter (review_id, status, issued_at desc);

-- The pack keeps its own size, so the checklist no longer reads the document module's table.
alter table publication_pack add column size_bytes bigint;
update publication_pack p set size_bytes = f.size_bytes from stored_file f where f.id = p.file_id;
alter table publication_pack alter column size_bytes set not null;
alter table publication_pack add constraint publication_pack_size_ck check (size_bytes >= 0);
