def log = dev.dovetail.it.PluginFixture.log(basedir.toPath())
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.collect { it.contains('BUILD SUCCESS') ? 'pass' : 'fail' } == ['pass', 'pass', 'fail']
runs.take(2).each {
  // Maven's dump of the goal's configuration ran (so the test can see a leak) ...
  assert it =~ /\[DEBUG\] Configuring mojo .*migrations-maven-plugin.*:diff/
  assert it =~ /\[DEBUG\]\s+\(f\) url = jdbc:postgresql:/
  // ... and the database took the password, with the live database as the current state
  assert it.contains('Reading current state from jdbc:postgresql://localhost:')
  assert it.contains('Schema is up to date: no migration written')
}
assert runs[0] =~ /\[DEBUG\]\s+\(f\) serverId = it-debug/
assert !log.contains('Debug-it-secret-5') : 'the password in the -X build log'

// the negative control: Maven's dump shows a password parameter, and only the dump does
def dumped = runs[2].readLines().findAll { it.contains('Wrong-it-secret-9') }
assert dumped && dumped.every { it =~ /\[DEBUG\]\s+\(f\) password = Wrong-it-secret-9/ } : dumped
assert runs[2].contains('password authentication failed for user "dovetail_pw_debug"')
return true
