import java.nio.file.*
import dev.dovetail.it.PluginFixture
def base = basedir.toPath()
PluginFixture.copyShop(base, Paths.get(examplesDirectory, 'shop'))
def orders = base.resolve('src/main/resources/db/schema/03_orders.sql').toFile()
orders.text = orders.text.replace('CREATE INDEX orders_customer_id_idx ON orders (customer_id);',
    'CREATE INDEX orders_customer_id_idx ON orders (customer_id);\nCREATE INDEX orders_status_idx ON orders (status);\n'
        + 'CREATE TABLE coupons (code text PRIMARY KEY, percent_off integer NOT NULL CHECK (percent_off BETWEEN 1 AND 100));')
assert orders.text.contains('orders_status_idx')
def url = PluginFixture.emptyDatabase()
def write = { String name, Map values ->
  def properties = new Properties()
  values.each { k, v -> properties.setProperty(k, v) }
  base.resolve(name).toFile().withWriter('UTF-8') { properties.store(it, 'written by setup.groovy') }
}
write('flyway.properties', ['flyway.url': url, 'flyway.user': 'postgres', 'flyway.password': ''])
write('verify.properties', ['migrations.url': url, 'migrations.username': 'postgres'])
base.resolve('database.url').toFile().text = url
return true
