import java.nio.file.*
dev.dovetail.it.PluginFixture.copyShop(basedir.toPath(), Paths.get(examplesDirectory, 'shop'))
def migrations = new File(basedir, 'src/main/resources/db/migration')
def undo = new File(basedir, 'src/main/resources/db/undo')
// Version 20261125235453.1 sorts between the recorded ...53 (addresses) and ...54 (orders).
new File(migrations, 'V20261125235453.1__add_column_customers_vip.sql').text = 'ALTER TABLE customers ADD COLUMN vip boolean;\n'
new File(undo, 'U20261125235453.1__add_column_customers_vip.sql').text = 'ALTER TABLE customers DROP COLUMN vip;\n'
new File(basedir, 'src/main/resources/db/schema/01_customers.sql').with { it.text = it.text.replace('    full_name   text NOT NULL,', '    full_name   text NOT NULL,\n    vip         boolean,') }
return true
