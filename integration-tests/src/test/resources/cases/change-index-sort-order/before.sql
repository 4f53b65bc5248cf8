CREATE TABLE leaderboard (
    id integer PRIMARY KEY,
    score integer,
    achieved_at timestamptz
);
CREATE INDEX leaderboard_rank_idx ON leaderboard (score, achieved_at);
