import java.nio.file.*
dev.dovetail.it.PluginFixture.copyShop(basedir.toPath(), Paths.get(examplesDirectory, 'shop'))
def shop = new File(basedir, 'src/main/resources/db/schema')
// Each step's schema is the one before, edited; step-N.properties points schemaDirectory at it.
def steps = [
    { s -> s['01_customers.sql'] = s['01_customers.sql'].replace('    full_name   text NOT NULL,', '    full_name   text NOT NULL,\n    nickname    text,')
           s['02_catalog.sql'] = 'CREATE TABLE suppliers (id bigint PRIMARY KEY, name text NOT NULL);\n\n' + s['02_catalog.sql']
           s['02_catalog.sql'] = s['02_catalog.sql'].replace('    active       boolean NOT NULL DEFAULT true', '    active       boolean NOT NULL DEFAULT true,\n    supplier_id  bigint') },
    { s -> s['01_customers.sql'] = s['01_customers.sql'].replace('    nickname    text,', '    nickname    text NOT NULL,') },
    { s -> s['02_catalog.sql'] = s['02_catalog.sql'].replace('    supplier_id  bigint', '    supplier_id  bigint REFERENCES suppliers (id)') },
    { s -> s['01_customers.sql'] = '-- migrations:rename column public.customers.full_name to display_name\n' +
               s['01_customers.sql'].replace('    full_name   text NOT NULL,', '    display_name text NOT NULL,') },
    { s -> s['01_customers.sql'] = s['01_customers.sql'].replace('    nickname    text NOT NULL,', '    nickname    text NOT NULL UNIQUE,\n    tier        text NOT NULL,')
           s['02_catalog.sql'] = s['02_catalog.sql'].replace('    supplier_id  bigint REFERENCES suppliers (id)', '    supplier_id  bigint NOT NULL REFERENCES suppliers (id) CHECK (supplier_id > 0)')
           s['03_orders.sql'] += '\nCREATE INDEX orders_status_idx ON orders (status);\n' },
]
def files = [:]
shop.listFiles().each { files[it.name] = it.text }
steps.eachWithIndex { edit, i ->
    def before = new LinkedHashMap(files)
    edit(files)
    assert files != before : "step ${i + 1} changes the schema"
    def dir = new File(basedir, "schema-${i + 1}")
    dir.mkdirs()
    files.each { name, text -> new File(dir, name).text = text }
    new File(basedir, "step-${i + 1}.properties").text = "migrations.schemaDirectory=${dir.absolutePath.replace('\\', '/')}\n"
}
return true
