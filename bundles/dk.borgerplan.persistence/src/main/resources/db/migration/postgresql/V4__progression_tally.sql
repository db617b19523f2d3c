-- Version 4: the progression report's counts kept as the data changes (ProgressionTally), so that a municipality's
-- report reads a few thousand counted cells instead of grouping every goal.
-- PROGRESSION_CHANGE: citizens whose counts are to be recounted, written in the same transaction as the change; its
-- id is a random UUID from the writer (a Derby identity column lets concurrent writers contend for its sequence).
-- PROGRESSION_CELL: the counts (KIND 'G': goals per group, cycle number and scores; 'C': citizens per group and cycle),
-- of every citizen (PROVIDER null) and of the goals that the offers of each provider work on (for their staff).
-- PROGRESSION_CITIZEN: what each citizen adds to which cell, so that a recount can take it out again.
-- PROGRESSION_STATE: one row; its update serialises the recounts of every node, and AS_OF is the day the team
-- relationships were judged on.
CREATE TABLE PROGRESSION_CHANGE (ID VARCHAR(50) NOT NULL, CITIZEN_ID VARCHAR(36) NOT NULL, PRIMARY KEY (ID));
CREATE INDEX PROGRESSION_CHANGE_CITIZEN ON PROGRESSION_CHANGE (CITIZEN_ID);
CREATE TABLE PROGRESSION_CELL (ID BIGINT NOT NULL, CELL VARCHAR(64) NOT NULL, KIND CHAR(1) NOT NULL, GROUPED_BY VARCHAR(20) NOT NULL, PROVIDER VARCHAR(255), GROUP_KEY VARCHAR(1000), LABEL VARCHAR(1000), CYCLE_NUMBER INTEGER NOT NULL, GOAL_TYPE VARCHAR(20), SCALE VARCHAR(255), CURRENT_VALUE INTEGER, EXPECTED_VALUE INTEGER, REVIEW_SCALE VARCHAR(255), REVIEW_VALUE INTEGER, COUNTED BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE UNIQUE INDEX PROGRESSION_CELL_IDENTITY ON PROGRESSION_CELL (CELL);
CREATE INDEX PROGRESSION_CELL_GROUPING ON PROGRESSION_CELL (GROUPED_BY);
CREATE TABLE PROGRESSION_CITIZEN (CITIZEN_ID VARCHAR(36) NOT NULL, CELLS VARCHAR(32000) NOT NULL, PRIMARY KEY (CITIZEN_ID));
CREATE TABLE PROGRESSION_STATE (ID INTEGER NOT NULL, GENERATION BIGINT NOT NULL, AS_OF DATE, PRIMARY KEY (ID));
INSERT INTO PROGRESSION_STATE (ID, GENERATION, AS_OF) VALUES (1, 0, NULL);
-- Every citizen already stored is counted at the first report (or by the store's background recount).
INSERT INTO PROGRESSION_CHANGE (ID, CITIZEN_ID) SELECT ID, ID FROM CITIZEN;
