import java.nio.file.*
dev.dovetail.it.PluginFixture.copyShop(basedir.toPath(), Paths.get(examplesDirectory, 'shop'))
def migrations = new File(basedir, 'src/main/resources/db/migration')
def undo = new File(basedir, 'src/main/resources/db/undo')
new File(migrations, 'V20261126000000__create_index_customers_created_at.sql').text = 'CREATE INDEX customers_created_at_idx ON customers (created_at);\n'
new File(undo, 'U20261126000000__create_index_customers_created_at.sql').text = '-- forgot to drop the index\nSELECT 1;\n'
new File(basedir, 'src/main/resources/db/schema/01_customers.sql').with { it.text += '\nCREATE INDEX customers_created_at_idx ON customers (created_at);\n' }
return true
