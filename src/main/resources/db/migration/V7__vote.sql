-- Nomination vote (bình xét, suy tôn): rounds, anonymous ballots, participation and the head's minutes.
-- A ballot row carries no link to its voter: random id, no user, no task, only the day it was cast.
-- Who voted is recorded separately, once per unit and round; the two tables share no key.

-- Round 1 is the first ballot; every later round is a runoff among the units tied at a title's quota boundary.
CREATE TABLE vote_round (
    business_key  VARCHAR(40)   NOT NULL,
    round_no      INTEGER       NOT NULL,
    title         VARCHAR(10),
    candidates    VARCHAR(1000),
    seats         INTEGER,
    opened_at     TIMESTAMP     NOT NULL,
    PRIMARY KEY (business_key, round_no),
    CONSTRAINT ck_round_runoff CHECK ((round_no = 1 AND title IS NULL) OR (round_no > 1 AND title IS NOT NULL))
);

-- flag / merit: comma-separated province codes in alphabetical order (empty = abstention).
CREATE TABLE ballot (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    business_key  VARCHAR(40)   NOT NULL,
    round_no      INTEGER       NOT NULL,
    flag          VARCHAR(1000) NOT NULL,
    merit         VARCHAR(1000) NOT NULL,
    next_head     VARCHAR(40),
    next_deputy   VARCHAR(40),
    cast_on       DATE          NOT NULL,
    CONSTRAINT fk_ballot_round FOREIGN KEY (business_key, round_no) REFERENCES vote_round (business_key, round_no)
);
CREATE INDEX ix_ballot_round ON ballot (business_key, round_no);

-- A unit votes at most once per round: the primary key refuses a second ballot even under concurrency.
CREATE TABLE vote_participation (
    business_key   VARCHAR(40)  NOT NULL,
    round_no       INTEGER      NOT NULL,
    province_code  VARCHAR(40)  NOT NULL REFERENCES province (code),
    voted_by       VARCHAR(100) NOT NULL,
    voted_at       TIMESTAMP    NOT NULL,
    late           BOOLEAN      NOT NULL,
    PRIMARY KEY (business_key, round_no, province_code),
    CONSTRAINT fk_participation_round FOREIGN KEY (business_key, round_no) REFERENCES vote_round (business_key, round_no)
);

-- The minutes of the nomination meeting (Biên bản họp bình xét) as confirmed by the cluster head.
CREATE TABLE vote_minutes (
    business_key     VARCHAR(40)  NOT NULL PRIMARY KEY,
    meeting_date     DATE         NOT NULL,
    place            VARCHAR(200) NOT NULL,
    members_present  INTEGER      NOT NULL,
    confirmed_by     VARCHAR(100) NOT NULL,
    confirmed_at     TIMESTAMP    NOT NULL,
    CONSTRAINT ck_minutes_present CHECK (members_present > 0)
);
