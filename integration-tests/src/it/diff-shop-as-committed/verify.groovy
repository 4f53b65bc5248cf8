def log = new File(basedir, 'build.log').text
assert log.contains('Schema is up to date: no migration written') : 'examples/shop: committed migrations no longer match the declared schema; regenerate them'
def committed = new File(examplesDirectory, 'shop/src/main/resources/db/migration').list().sort()
def after = new File(basedir, 'src/main/resources/db/migration').list().sort()
assert committed == after
return true
