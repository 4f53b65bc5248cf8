def log = new File(basedir, 'build.log').text
assert log.contains('Schema is up to date: no migration written') : 'examples/shop: committed migrations no longer match the declared schema; regenerate them'
assert log.contains('Verify passed') : 'examples/shop as committed must pass migrations:verify'
def committed = new File(examplesDirectory, 'shop/src/main/resources/db/migration').list().sort()
def after = new File(basedir, 'src/main/resources/db/migration').list().sort()
assert committed == after
assert committed.contains('migrations.sum')
def report = new File(basedir, 'target/migrations/verify.md').text
assert report.startsWith('# migrations:verify\n\n**Passed**')
return true
