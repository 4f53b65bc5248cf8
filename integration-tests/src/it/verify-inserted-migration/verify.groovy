dev.dovetail.it.PluginFixture.assertFailedWith(basedir.toPath(),
    'MIGRATION_INSERTED V20261125235453.1__add_column_customers_vip.sql: not recorded, and it sorts before U20261125235456__create_table_order_items.sql, the last recorded file',
    'MIGRATION_INSERTED U20261125235453.1__add_column_customers_vip.sql')
def log = dev.dovetail.it.PluginFixture.log(basedir.toPath())
assert !log.contains('NOT_MIGRATED') && !log.contains('DOWN_') : 'the inserted pair itself migrates and undoes correctly'
return true
