import dev.dovetail.it.PluginFixture
def base = basedir.toPath()
def log = PluginFixture.log(base)
// 1. diff saw the pom property and did not warn.
assert log.contains("Flyway's transactional lock is off (pom.xml), as concurrent index builds need")
assert !log.contains('builds an index concurrently. Flyway 10 and later')
def migrations = new File(basedir, 'src/main/resources/db/migration').list().toList()
assert migrations.any { it.endsWith('__create_index_orders_status.sql.conf') }
assert !migrations.any { it.startsWith('U') }
assert new File(basedir, 'src/main/resources/db/undo').list().any { it.endsWith('__create_index_orders_status.sql') }
// 2. Flyway applied every migration, the concurrent index among them, and validated with validateMigrationNaming.
def applied = migrations.findAll { it.startsWith('V') && it.endsWith('.sql') }.size()
assert log =~ /Successfully applied ${applied} migrations? to schema "public"/
assert log.contains('Successfully validated ' + applied + ' migration')
def url = base.resolve('database.url').toFile().text
assert PluginFixture.queryForLong(url, "SELECT count(*) FROM pg_index WHERE indexrelid = 'public.orders_status_idx'::regclass AND indisvalid") == 1
assert PluginFixture.queryForLong(url, "SELECT count(*) FROM flyway_schema_history WHERE success") == applied
// 3. verify read Flyway's own history and found the live database as the migrations leave it.
assert log.contains("records ${applied} of the ${applied} migration(s) as applied")
assert log.contains('Verify passed')
return true
