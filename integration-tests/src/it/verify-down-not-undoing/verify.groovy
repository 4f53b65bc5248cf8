def log = dev.dovetail.it.PluginFixture.log(basedir.toPath())
assert log.contains('  V20261126000000__create_index_customers_created_at.sql (unrecorded)') : 'rehash lists what it accepts'
dev.dovetail.it.PluginFixture.assertFailedWith(basedir.toPath(),
    'migrations:verify found 1 problem(s)',
    'DOWN_DOES_NOT_UNDO U20261126000000__create_index_customers_created_at.sql: after V20261126000000__create_index_customers_created_at.sql and then U20261126000000__create_index_customers_created_at.sql, the schema is not what it was before',
    'still needed: Drops index customers_created_at_idx of public.customers')
return true
