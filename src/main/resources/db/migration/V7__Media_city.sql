-- The city of the account that uploaded an item: coordinators look after their city's items. Items made before
-- this (and the demo items) have none, so only admins and, for items no lesson uses, their uploader change them.
alter table media_item add column city varchar(80);
