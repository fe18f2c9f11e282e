-- Cities where the programme works. Each has its own reach target (100 women by default) and time zone:
-- times are stored in UTC and shown in the city's time.
create table city (
    code       varchar(40)  primary key check (code ~ '^[a-z][a-z0-9-]*$'),
    country    varchar(2)   not null check (country ~ '^[A-Z]{2}$'),
    time_zone  varchar(64)  not null,
    target     integer      not null default 100 check (target between 1 and 100000),
    name_ru    varchar(120) not null,
    name_uk    varchar(120) not null,
    name_kk    varchar(120) not null,
    name_en    varchar(120) not null
);

insert into city (code, country, time_zone, name_ru, name_uk, name_kk, name_en) values
    ('almaty',  'KZ', 'Asia/Almaty',   'Алматы',  'Алмати',  'Алматы',  'Almaty'),
    ('astana',  'KZ', 'Asia/Almaty',   'Астана',  'Астана',  'Астана',  'Astana'),
    ('bishkek', 'KG', 'Asia/Bishkek',  'Бишкек',  'Бішкек',  'Бішкек',  'Bishkek'),
    ('kyiv',    'UA', 'Europe/Kyiv',   'Киев',    'Київ',    'Киев',    'Kyiv'),
    ('odesa',   'UA', 'Europe/Kyiv',   'Одесса',  'Одеса',   'Одесса',  'Odesa'),
    ('tbilisi', 'GE', 'Asia/Tbilisi',  'Тбилиси', 'Тбілісі', 'Тбилиси', 'Tbilisi'),
    ('moscow',  'RU', 'Europe/Moscow', 'Москва',  'Москва',  'Мәскеу',  'Moscow');
