import java.nio.file.*
dev.dovetail.it.PluginFixture.copyShop(basedir.toPath(), Paths.get(examplesDirectory, 'shop'))
def migrations = new File(basedir, 'src/main/resources/db/migration')
new File(migrations, 'V20261126000000__add_column_customers_phone.sql').text = 'ALTER TABLE customer ADD COLUMN phone text;\n'
new File(basedir, 'src/main/resources/db/undo/U20261126000000__add_column_customers_phone.sql').text = 'ALTER TABLE customer DROP COLUMN phone;\n'
new File(basedir, 'src/main/resources/db/schema/01_customers.sql').with {
    it.text = it.text.replace('    full_name   text NOT NULL,', '    full_name   text NOT NULL,\n    phone       text,')
}
return true
