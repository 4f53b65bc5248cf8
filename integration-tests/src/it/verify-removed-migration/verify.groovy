dev.dovetail.it.PluginFixture.assertFailedWith(basedir.toPath(),
    'MIGRATION_REMOVED V20261125235456__create_table_order_items.sql: recorded but not in ',
    'MIGRATION_REMOVED U20261125235456__create_table_order_items.sql',
    'NOT_MIGRATED table public.order_items')
return true
