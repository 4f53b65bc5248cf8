import java.nio.file.*
import dev.dovetail.it.PluginFixture
def base = basedir.toPath()
def log = PluginFixture.log(base)
// One log for the eight invocations: cut it where each starts.
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 8
runs.take(7).eachWithIndex { run, i -> assert run.contains('BUILD SUCCESS') : "invocation ${i + 1} failed" }

// 1. init: the declared schema and the baseline pair, and how Flyway skips the baseline.
assert runs[0].contains('Wrote 1 declared schema file(s)')
assert runs[0].contains('baselineOnMigrate=true and baselineVersion=1 ')
def migrations = base.resolve('src/main/resources/db/migration')
assert Files.exists(migrations.resolve('V1__baseline.sql'))
// The down goes where every down goes: the undo directory, off Flyway's location.
assert Files.readString(base.resolve('src/main/resources/db/undo/U1__baseline.sql')).contains('DATA_LOSS')
assert !Files.exists(migrations.resolve('U1__baseline.sql'))
assert Files.readString(migrations.resolve('migrations.sum')).contains('V1__baseline.sql')
assert Files.readString(migrations.resolve('migrations.sum')).contains('U1__baseline.sql')

// 2. diff right after init: nothing to do. 3. verify with the url: passes.
assert runs[1].contains('Schema is up to date: no migration written')
assert runs[2].contains('Verify passed')

// 4, 5. the edit, and the pair diff writes for it.
assert Files.readString(base.resolve('src/main/resources/db/schema/public.sql')).contains('    nickname text,')
assert runs[4] =~ /Wrote 1 migration\(s\) to .*/
def added = migrations.toFile().list().findAll { it ==~ /V\d{14}__add_column_customers_nickname\.sql/ }
assert added.size() == 1

// 6. Flyway baselines the adopted database at 1 and applies only the new column.
assert runs[5].contains('Successfully baselined schema') || runs[5].contains('Creating Schema History table')
assert runs[5].contains('Successfully applied 1 migration')
def props = new Properties()
new File(basedir, 'live.properties').withReader('UTF-8') { props.load(it) }
def url = props.getProperty('flyway.url')
assert PluginFixture.query(url, "SELECT string_agg(version || ':' || type, ',' ORDER BY installed_rank) FROM flyway_schema_history") ==
    "1:BASELINE,${added[0].substring(1, 15)}:SQL"
assert PluginFixture.query(url, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'nickname'") == '1'
assert PluginFixture.query(url, 'SELECT count(*) FROM "order"') == '3' : 'the rows are all there'

// 7. verify with the url, against Flyway's history: passes.
assert runs[6].contains('Verify passed')

// 8. init again: refused, nothing written, no stack trace.
assert runs[7].contains('BUILD FAILURE')
assert runs[7].contains('already has 1 .sql file(s) (public.sql), so init stops before writing anything')
assert migrations.toFile().list().findAll { it.endsWith('.sql') }.size() == 2
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
return true
