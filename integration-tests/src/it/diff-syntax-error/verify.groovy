def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /b\.sql:7:1: syntax error at or near "CREAT"/
// One paragraph, no stack trace: nothing after BUILD FAILURE looks like a Java frame.
def failure = log.substring(log.indexOf('BUILD FAILURE'))
assert !(failure =~ /(?m)^\s+at /)
assert !log.contains('MigrationException')
def migrations = new File(basedir, 'src/main/resources/db/migration')
assert !migrations.exists() || migrations.list().length == 0 : 'no file may be written'
return true
