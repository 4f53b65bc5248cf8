-- migrations:rename column public.t.qty to quantity
CREATE TABLE t (id int PRIMARY KEY, quantity int CHECK (quantity > 0));
