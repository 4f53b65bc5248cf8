def log = dev.dovetail.it.PluginFixture.log(basedir.toPath())
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 5
runs.eachWithIndex { run, i ->
    assert run.contains('BUILD SUCCESS') : "step ${i + 1} passes:\n" + run
    assert run.contains('Proof passed') : "step ${i + 1}: diff wrote migrations"
    assert run.contains('  3. every down undoes its up: passed') : "step ${i + 1}"
    assert run.contains('Verify passed')
    assert !run.contains('DOWN_DOES_NOT_UNDO')
}
// the recipes the downs had to learn are there
def migrations = new File(basedir, 'src/main/resources/db/migration').list().toList()
def contract = new File(basedir, 'src/main/resources/db/contract').list().toList()
assert migrations.any { it.startsWith('V') && it.contains('__validate_not_null_check_customers_nickname') }
assert migrations.any { it.startsWith('V') && it.contains('__set_not_null_customers_nickname') }
assert migrations.any { it.startsWith('V') && it.contains('__validate_fk_products_supplier_id') }
assert migrations.any { it.startsWith('V') && it.contains('__create_unique_index_customers_nickname') }
assert migrations.any { it.startsWith('V') && it.contains('__validate_not_null_check_customers_display_name') }
assert contract.any { it.startsWith('V') && it.contains('drop_column_customers_full_name') }
def undo = new File(basedir, 'src/main/resources/db/undo').list().toList()
assert !migrations.any { it.startsWith('U') } : 'downs stay out of Flyway\'s location'
def validateDown = new File(basedir, 'src/main/resources/db/undo/' + undo.find { it.startsWith('U') && it.contains('__validate_not_null_check_customers_nickname') }).text
assert validateDown.contains('DROP CONSTRAINT "customers_nickname_not_null_check"') || validateDown.contains('DROP CONSTRAINT customers_nickname_not_null_check')
assert validateDown.contains('IS NOT NULL) NOT VALID')
assert new File(basedir, 'target/migrations/verify.md').text.contains('**Passed**')
return true
