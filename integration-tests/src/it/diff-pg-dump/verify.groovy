import java.nio.file.*
def base = basedir.toPath()
def log = dev.dovetail.it.PluginFixture.log(base)
// One log for the three invocations: cut it where each starts.
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.collect { it.contains('BUILD SUCCESS') ? 'pass' : 'fail' } == ['pass', 'pass', 'fail']

def lineOf = { Path file, String fragment ->
  def lines = Files.readAllLines(file)
  lines.findIndexOf { it.contains(fragment) } + 1
}

assert runs[0].contains('Schema is up to date: no migration written')
assert !runs[0].contains('COPY')

assert runs[1].contains('Schema is up to date: no migration written')
def full = base.resolve('schemas/full/schema.sql')
def warnings = runs[1].readLines().findAll { it.startsWith('[WARNING]') && it.contains('COPY') }
assert warnings.size() == 1 : warnings
assert warnings[0].contains('Skipped the data of 2 COPY')
assert warnings[0].contains("${full}:${lineOf(full, 'COPY public.customers ')} public.customers (id, name, email, mood, notes, created_at)")
assert warnings[0].contains("${full}:${lineOf(full, 'COPY sales.orders ')} sales.orders (")

def connect = base.resolve('schemas/connect/schema.sql')
assert runs[2].contains("${connect}:${lineOf(connect, '\\connect other')}: \\connect is a psql meta-command")
assert !(runs[2] =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
assert !Files.exists(base.resolve('src/main/resources/db/migration')) : 'nothing written'
return true
