-- Tests: change index column ordering: score -> DESC NULLS LAST, achieved_at -> ASC NULLS FIRST; add a DESC (implicit NULLS FIRST) index.
CREATE TABLE leaderboard (
    id integer PRIMARY KEY,
    score integer,
    achieved_at timestamptz
);
CREATE INDEX leaderboard_rank_idx ON leaderboard (score DESC NULLS LAST, achieved_at NULLS FIRST);
CREATE INDEX leaderboard_recent_idx ON leaderboard (achieved_at DESC);
