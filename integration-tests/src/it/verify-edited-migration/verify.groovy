dev.dovetail.it.PluginFixture.assertFailedWith(basedir.toPath(),
    'MIGRATION_EDITED V20261125235454__create_table_orders.sql: its content differs from what was recorded',
    'next: a deployed migration must not change',
    'MIGRATED_DIFFERENTLY column public.orders.status')
return true
