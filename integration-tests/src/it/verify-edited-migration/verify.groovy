dev.dovetail.it.PluginFixture.assertFailedWith(basedir.toPath(),
    'MIGRATION_EDITED V20261125235454__create_table_orders.sql: its content differs from what was recorded',
    'next: if the file is deployed (any database applied it), restore the recorded content',
    'run mvn migrations:rehash to record it',
    'MIGRATED_DIFFERENTLY column public.orders.status')
return true
