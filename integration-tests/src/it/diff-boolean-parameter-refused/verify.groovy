def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("zeroDowntime is 'maybe', which is not a boolean (Maven would read it as false)")
assert log.contains("failIfChanges is 'ture', which is not a boolean")
assert log.contains('use true or false')
assert !log.contains('Comparing:') : 'nothing may run before the parameters are checked'
return true
