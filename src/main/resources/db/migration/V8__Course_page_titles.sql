-- Whether the browser tab, history and lock screen show a course's pages by its neutral title (the default: a
-- shared phone should not say what its owner studies) or by the course's and lesson's own titles.
alter table course add column neutral_page_titles boolean not null default true;
