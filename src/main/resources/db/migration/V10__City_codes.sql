-- Records were counted under the account's city as free text ("Almaty"); accounts now carry the city's code
-- ("almaty"), so reports join the city table and its target. A value that names a city in any of its languages
-- (in any case, with spaces around) becomes the code; anything else is left as it was, to be seen and fixed.
create or replace function pg_temp.city_code(value text) returns text language sql stable as $$
    select coalesce((select c.code from city c
                     where lower(trim(value)) in (lower(c.code), lower(c.name_ru), lower(c.name_uk),
                                                  lower(c.name_kk), lower(c.name_en))
                     limit 1), value)
$$;

update lesson_progress set city = pg_temp.city_code(city) where city is not null;
update quiz_attempt set city = pg_temp.city_code(city) where city is not null;
update certificate set city = pg_temp.city_code(city) where city is not null;
update media_item set city = pg_temp.city_code(city) where city is not null;
