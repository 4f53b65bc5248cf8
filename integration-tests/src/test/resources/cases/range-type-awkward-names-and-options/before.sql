CREATE SCHEMA "Time Keeping";
