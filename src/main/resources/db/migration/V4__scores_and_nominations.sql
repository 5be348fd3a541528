-- Results other phases read: year-end scores and ranking (year-end summary), nominations and the election
-- of next year's head and deputy (nomination vote). Re-computed before the council decides, frozen after.

CREATE TABLE unit_score (
    business_key        VARCHAR(40)  NOT NULL,
    province_code       VARCHAR(40)  NOT NULL REFERENCES province (code),
    score               DECIMAL(8,2) NOT NULL,
    completion_percent  DECIMAL(7,2) NOT NULL,
    rank_no             INTEGER      NOT NULL,
    computed_at         TIMESTAMP    NOT NULL,
    PRIMARY KEY (business_key, province_code)
);

CREATE TABLE nomination (
    business_key    VARCHAR(40)  NOT NULL,
    title           VARCHAR(10)  NOT NULL,
    province_code   VARCHAR(40)  NOT NULL REFERENCES province (code),
    votes           INTEGER      NOT NULL,
    base            INTEGER      NOT NULL,
    threshold_text  VARCHAR(200),
    rank_no         INTEGER,
    proposed        BOOLEAN      NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    decided_at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (business_key, title, province_code)
);

CREATE TABLE election (
    business_key   VARCHAR(40)  NOT NULL PRIMARY KEY,
    next_head      VARCHAR(40)  REFERENCES province (code),
    head_votes     INTEGER      NOT NULL,
    next_deputy    VARCHAR(40)  REFERENCES province (code),
    deputy_votes   INTEGER      NOT NULL,
    explanation    VARCHAR(1000),
    decided_at     TIMESTAMP    NOT NULL
);
