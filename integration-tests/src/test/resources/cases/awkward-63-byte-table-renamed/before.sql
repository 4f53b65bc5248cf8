-- Tests: a table and a column whose names fill PostgreSQL's 63 bytes, with characters of two bytes where PostgreSQL
-- cuts them, renamed by hint. PostgreSQL 18 names the NOT NULL constraints <table>_<column>_not_null cut to 63 bytes,
-- the longer part first and never inside a character: the rename must find them under those names and give them the
-- names a fresh build gives.
CREATE TABLE clients_de_la_boutique_en_ligne_dont_les_commandes_sont_payées (
  id bigint PRIMARY KEY,
  courriel_du_client_payeuré_où_envoyer_les_reçus_de_paiement text NOT NULL
);
