// Copies examples/shop (schema and committed migrations) and edits the declared schema:
// a new table with an FK and an index, a new column, a dropped index.
import java.nio.file.*

def source = Paths.get(examplesDirectory, 'shop', 'src')
def target = basedir.toPath().resolve('src')
Files.walk(source).forEach { p ->
    def dest = target.resolve(source.relativize(p).toString())
    if (Files.isDirectory(p)) Files.createDirectories(dest) else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING)
}
def schema = target.resolve('main/resources/db/schema').toFile()

def customers = new File(schema, '01_customers.sql')
customers.text = customers.text.replace('    full_name   text NOT NULL,', '    full_name   text NOT NULL,\n    phone       varchar(32),')
assert customers.text.contains('phone')

def orders = new File(schema, '03_orders.sql')
orders.text = orders.text.replace('CREATE INDEX orders_placed_at_idx ON orders (placed_at DESC);', '')
assert !orders.text.contains('orders_placed_at_idx')

new File(schema, '04_reviews.sql').text = '''
CREATE TABLE reviews (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id  bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    rating      smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body        text
);
CREATE INDEX reviews_product_id_idx ON reviews (product_id);
'''
return true
