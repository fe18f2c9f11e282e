-- The section of a lesson printed as its pocket card (Markdown), or null when the lesson has none.
alter table lesson_text add column card_title varchar(200);
alter table lesson_text add column card text;
