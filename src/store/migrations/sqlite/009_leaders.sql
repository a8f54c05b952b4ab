-- 009: responsible persons (DOMAIN §5). Declared facts with their dates, which the joint review (联审) reads;
-- never public (DOMAIN §21). NULL = not declared.
ALTER TABLE persons ADD COLUMN criminal_record INTEGER;                 -- sentenced to a criminal penalty: 0 / 1
ALTER TABLE persons ADD COLUMN sentence_completed_on TEXT;              -- the day the sentence was fully served
ALTER TABLE persons ADD COLUMN political_rights_deprived INTEGER;       -- ever deprived of political rights: 0 / 1
ALTER TABLE persons ADD COLUMN political_rights_deprived_until TEXT;
ALTER TABLE persons ADD COLUMN party_member INTEGER;                    -- party workers: 0 / 1
