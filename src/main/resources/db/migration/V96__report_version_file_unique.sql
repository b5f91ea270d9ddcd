-- Issue 14, duplicates that race: the same file uploaded twice at once for one review (a
-- double click, two colleagues) made two versions or an HTTP 500. Each version keeps the
-- SHA-256 of its file, and a review holds a given file once. Versions uploaded before
-- this that repeat an earlier file of the same review keep no hash, so nothing already
-- kept is refused; every upload from now on is checked.
alter table report_version add column sha256 varchar(64);

update report_version v
set sha256 = f.sha256
from stored_file f
where f.id = v.file_id
  and f.sha256 is not null
  and not exists (select 1
                  from report_version earlier
                  join stored_file ef on ef.id = earlier.file_id
                  where earlier.review_id = v.review_id
                    and ef.sha256 = f.sha256
                    and earlier.version_number < v.version_number);

create unique index report_version_review_file_uk on report_version (review_id, sha256);
