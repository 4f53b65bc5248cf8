def log = dev.dovetail.it.PluginFixture.log(basedir.toPath())
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3 : "three invocations, found ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') }

// 1: every goal, one line of description each
assert runs[0].contains('This plugin has 6 goals:')
['migrations:diff', 'migrations:help', 'migrations:init', 'migrations:promote', 'migrations:rehash', 'migrations:verify'].each {
  assert runs[0].contains(it) : it
}
assert !runs[0].contains('Available parameters:')

// 2: diff's parameters with their properties, the new ones included
assert runs[1].contains('migrations:diff')
assert runs[1].contains('Available parameters:')
assert runs[1] =~ /serverId\s+The <server> of settings\.xml/
assert runs[1].contains('User property: migrations.serverId')
assert runs[1].contains('User property: migrations.url')
assert !runs[1].contains('migrations:verify\n') : 'only the diff goal'

// 3: without a project
assert runs[2].contains('This plugin has 6 goals:')
return true
