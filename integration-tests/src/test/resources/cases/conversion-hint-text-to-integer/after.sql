-- migrations:using parcels.weight nullif(regexp_replace(weight, '[^0-9]', '', 'g'), '')::integer
CREATE TABLE parcels (weight integer, label text);
