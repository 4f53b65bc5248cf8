import java.nio.file.*
import dev.dovetail.it.PluginFixture
def base = basedir.toPath()
def dumps = Paths.get(pgDumpDirectory)
def source = Files.readString(dumps.resolve('source.sql'))
def declare = { String name, String text ->
  def directory = Files.createDirectories(base.resolve('schemas').resolve(name))
  Files.writeString(directory.resolve('schema.sql'), text)
  ['migrations.schemaDirectory': directory.toString()]
}
def schemaOnly = Files.readString(dumps.resolve('schema-only.sql'))
assert schemaOnly.contains('\n\\restrict ')
def full = Files.readString(dumps.resolve('full.sql'))
assert full.contains(' FROM stdin;\n')
// The live databases are built from the SQL the dumps were taken of (no migrations: nothing to replay).
PluginFixture.liveDatabase(base, 'schema-only.properties', source, declare('schema-only', schemaOnly))
PluginFixture.liveDatabase(base, 'full.properties', source, declare('full', full))
def connect = schemaOnly.replace('SET statement_timeout = 0;\n', 'SET statement_timeout = 0;\n\\connect other\n')
assert connect != schemaOnly
PluginFixture.liveDatabase(base, 'connect.properties', source, declare('connect', connect))
return true
