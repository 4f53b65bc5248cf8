import java.nio.file.*
dev.dovetail.it.PluginFixture.copyShop(basedir.toPath(), Paths.get(examplesDirectory, 'shop'))
def migrations = basedir.toPath().resolve('src/main/resources/db/migration')
Files.delete(migrations.resolve('V20261125235456__create_table_order_items.sql'))
Files.delete(basedir.toPath().resolve('src/main/resources/db/undo').resolve('U20261125235456__create_table_order_items.sql'))
return true
