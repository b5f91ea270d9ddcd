-- Spring Modulith's event publication registry: every event one module publishes for
-- another is written here in the same transaction as the change that caused it, and
-- marked complete once its listener has run, so a reaction is not lost if the app stops.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
