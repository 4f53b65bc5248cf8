def base = basedir.toPath()
def log = dev.dovetail.it.PluginFixture.log(base)
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.collect { it.contains('BUILD SUCCESS') ? 'pass' : 'fail' } == ['pass', 'fail']

def props = new Properties()
new File(basedir, 'command-line.properties').withReader { props.load(it) }
def url = props.getProperty('migrations.url')
assert runs[0].contains('-Dmigrations.url overrides <url> of the pom')
assert runs[0].contains('-Dmigrations.username overrides <username> of the pom')
assert runs[0].contains('-Dmigrations.includeSchemas overrides <includeSchemas> of the pom')
assert runs[0].contains('Reading current state from ' + url)
assert !runs[0].contains('configured_in_the_pom')
assert runs[0].contains('Schema is up to date: no migration written')

assert !runs[1].contains('overrides')
assert runs[1].contains('connecting to jdbc:postgresql://localhost:1/configured_in_the_pom')
return true
