def base = basedir.toPath()
dev.dovetail.it.PluginFixture.assertFailedWith(base,
    'migrations:verify found 1 problem(s) and skipped 2 check(s)',
    'MIGRATION_FAILED V20261126000000__add_column_customers_phone.sql',
    '2. migrations produce the declared schema: 1 problem(s); skipped: comparing with the declared schema, because V20261126000000__add_column_customers_phone.sql failed to replay',
    '3. every down undoes its up: skipped: the down of V20261126000000__add_column_customers_phone.sql, because it failed to replay')
def log = dev.dovetail.it.PluginFixture.log(base)
assert log.contains('[WARNING]   3. every down undoes its up: skipped: the down of V20261126000000__add_column_customers_phone.sql')
assert log.contains('[INFO]   4. live database matches the applied migrations: disabled: no url')
assert !(log =~ /  [23]\. [a-z ]+: passed/) : 'a check that did not run is never reported as passed'
assert log.contains('Verify failed: 1 problem(s), 2 check(s) skipped')
def report = new File(basedir, 'target/migrations/verify.md').text
assert report.contains('**Failed: 1 problem(s), 2 check(s) skipped**')
assert report.contains('| 2 | migrations produce the declared schema | **1 problem(s); skipped: comparing with the declared schema, because V20261126000000__add_column_customers_phone.sql failed to replay** |')
assert report.contains('| 3 | every down undoes its up | **skipped: the down of V20261126000000__add_column_customers_phone.sql, because it failed to replay** |')
assert report.contains('| 4 | live database matches the applied migrations | disabled: no url |')
return true
