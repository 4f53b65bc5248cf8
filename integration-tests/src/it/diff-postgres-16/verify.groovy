def log = new File(basedir, 'build.log').text
assert log.contains('Scratch server ready: embedded PostgreSQL 16.')
assert log.contains('Proof passed')
def written = ['migration', 'undo'].collectMany { (new File(basedir, "src/main/resources/db/${it}").list() ?: []).toList() }
    .findAll { it.endsWith('__create_table_tags.sql') }
assert written.size() == 2 : "expected an up and a down, got ${written}"
return true
