def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('V20261126000001__contract_drop_table_sessions.sql has no down migration U20261126000001__contract_drop_table_sessions.sql')
// One paragraph, no stack trace: nothing after BUILD FAILURE looks like a Java frame.
def failure = log.substring(log.indexOf('BUILD FAILURE'))
assert !(failure =~ /(?m)^\s+at /)
assert !log.contains('MigrationException')
// Nothing moved: not even the complete pair.
def contract = new File(basedir, 'src/main/resources/db/contract').list().sort()
assert contract == ['U20261126000000__contract_drop_column_customers_email.sql',
                    'V20261126000000__contract_drop_column_customers_email.sql',
                    'V20261126000001__contract_drop_table_sessions.sql']
def migrations = new File(basedir, 'src/main/resources/db/migration').list().sort()
assert migrations == ['U20261125235452__create_table_customers.sql', 'V20261125235452__create_table_customers.sql']
return true
