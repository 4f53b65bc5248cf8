import java.nio.file.*
dev.dovetail.it.PluginFixture.copyShop(basedir.toPath(), Paths.get(examplesDirectory, 'shop'))
def orders = new File(basedir, 'src/main/resources/db/migration/V20261125235454__create_table_orders.sql')
orders.text = orders.text.replace("DEFAULT 'new'", "DEFAULT 'paid'")
assert orders.text.contains("DEFAULT 'paid'")
return true
