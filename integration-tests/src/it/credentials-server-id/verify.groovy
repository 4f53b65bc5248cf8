def log = dev.dovetail.it.PluginFixture.log(basedir.toPath())
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.collect { it.contains('BUILD SUCCESS') ? 'pass' : 'fail' } == ['pass', 'pass', 'fail', 'fail']

[0, 1].each {
  assert runs[it].contains('Reading current state from jdbc:postgresql://localhost:')
  assert runs[it].contains('Schema is up to date: no migration written')
}
assert runs[2].contains('connecting to jdbc:postgresql://localhost:')
assert runs[2] =~ /password/ : 'the server asked for the password the role did not give'
assert runs[3].contains("serverId 'staging-db' names no <server> in settings.xml (its servers: it-plain, it-encrypted)")

['Plain-it-secret-3', 'Encrypted-it-secret-7'].each { assert !log.contains(it) : 'a password in the build log' }
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
return true
