// Copies examples/shop (schema and committed migrations) and edits the declared schema: two dropped columns
// (contract steps, one with its index) and a new column (an expand step).
import java.nio.file.*

def source = Paths.get(examplesDirectory, 'shop', 'src')
def target = basedir.toPath().resolve('src')
Files.walk(source).forEach { p ->
    def dest = target.resolve(source.relativize(p).toString())
    if (Files.isDirectory(p)) Files.createDirectories(dest) else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING)
}
def schema = target.resolve('main/resources/db/schema').toFile()

def customers = new File(schema, '01_customers.sql')
customers.text = customers.text
    .replace('    full_name   text NOT NULL,', '    full_name   text NOT NULL,\n    phone       varchar(32),')
    .replace('    postal_code  varchar(16) NOT NULL,\n', '')
assert customers.text.contains('phone') && !customers.text.contains('postal_code')

def orders = new File(schema, '03_orders.sql')
orders.text = orders.text
    .replace('CREATE INDEX orders_placed_at_idx ON orders (placed_at DESC);', '')
    .replace(",\n    placed_at    timestamptz NOT NULL DEFAULT now()", '')
assert !orders.text.contains('placed_at')
return true
