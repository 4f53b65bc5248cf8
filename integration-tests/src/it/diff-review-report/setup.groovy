import java.nio.file.*
import dev.dovetail.it.PluginFixture
def base = basedir.toPath()
PluginFixture.copyShop(base, Paths.get(examplesDirectory, 'shop'))
PluginFixture.liveDatabase(base, 'live.properties', '''
    INSERT INTO customers (email, full_name) SELECT 'c' || g || '@example.com', 'Customer ' || g FROM generate_series(1, 2000) g;
    INSERT INTO addresses (customer_id, line1, city, postal_code, country) SELECT id, 'Main St 1', 'Berlin', '10115', 'DE' FROM customers;
    INSERT INTO orders (customer_id, status) SELECT id, 'paid' FROM customers;
    ANALYZE''', [:])
def orders = base.resolve('src/main/resources/db/schema/03_orders.sql').toFile()
orders.text = orders.text
    .replace("    placed_at    timestamptz NOT NULL DEFAULT now()\n", "    placed_at    timestamptz NOT NULL DEFAULT now(),\n    shipping_address_id bigint REFERENCES addresses (id)\n")
    .replace('CREATE INDEX orders_customer_id_idx ON orders (customer_id);', 'CREATE INDEX orders_customer_id_idx ON orders (customer_id);\nCREATE INDEX orders_status_idx ON orders (status);')
assert orders.text.contains('shipping_address_id') && orders.text.contains('orders_status_idx')
return true
