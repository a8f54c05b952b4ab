-- #13 item 9: a supervisory reviewer account names the supervisory unit (业务主管单位) it acts for; its
-- consents and annual-report opinions are refused for organizations of another unit. Empty: an account
-- that spans its region's units (as before).
ALTER TABLE users ADD COLUMN unit TEXT NOT NULL DEFAULT '';
