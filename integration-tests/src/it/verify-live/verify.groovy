def log = dev.dovetail.it.PluginFixture.log(basedir.toPath())
// One log for the four invocations: cut it where each starts.
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.collect { it.contains('BUILD SUCCESS') ? 'pass' : 'fail' } == ['pass', 'fail', 'pass', 'fail']

assert runs[0].contains('public.flyway_schema_history records 5 of the 5 migration(s) as applied')
assert runs[0].contains('4. live database matches the applied migrations: passed')
assert runs[0].contains('Verify passed')

assert runs[1].contains('migrations:verify found 1 problem(s)')
assert runs[1].contains('LIVE_EXTRA column public.customers.legacy_flag: in the live database, not in its applied migrations (to match them: Drops column')

assert runs[2].contains('Verify passed (1 accepted difference(s) from the drift baseline)')

assert runs[3].contains('migrations:verify found 1 problem(s)')
assert runs[3].contains('LIVE_EXTRA index public.orders_status_idx')
assert !runs[3].contains('LIVE_EXTRA column public.customers.legacy_flag:') : 'the accepted column is not a problem'
def report = new File(basedir, 'target/migrations/verify.md').text
assert report.contains('| `LIVE_EXTRA column public.customers.legacy_flag` | added by the support team before Dovetail (OPS-12) |')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
return true
