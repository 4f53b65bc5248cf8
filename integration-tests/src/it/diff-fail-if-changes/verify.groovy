def log = dev.dovetail.it.PluginFixture.log(basedir.toPath())
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.collect { it.contains('BUILD SUCCESS') ? 'pass' : 'fail' } == ['fail', 'pass', 'pass']
assert runs[0].contains('diff would write 1 migration(s):')
assert runs[0].contains('  add_column_customers_phone: Adds column phone to public.customers.')
assert !(runs[0] =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
assert runs[1].contains('__add_column_customers_phone.sql')
assert runs[2].contains('Schema is up to date: no migration written')
def written = ['migration', 'undo'].collectMany { new File(basedir, "src/main/resources/db/${it}").list().toList() }
    .findAll { it.contains('add_column_customers_phone') }
assert written.size() == 2 : 'only the plain diff wrote files: ' + written
return true
