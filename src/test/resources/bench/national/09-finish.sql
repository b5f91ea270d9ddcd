-- Rows were inserted with explicit ids: move every id sequence past the highest id, so the app's own inserts
-- carry on from there.
do $$
declare
    col record;
begin
    for col in
        select c.table_name, c.column_name, pg_get_serial_sequence(c.table_name, c.column_name) as seq
        from information_schema.columns c
        where c.table_schema = 'public' and c.column_default like 'nextval%'
    loop
        execute format('select setval(%L, coalesce((select max(%I) from %I), 0) + 1, false)', col.seq,
            col.column_name, col.table_name);
    end loop;
end
$$;
