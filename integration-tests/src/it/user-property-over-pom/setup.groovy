import java.nio.file.*
import dev.dovetail.it.PluginFixture
def base = basedir.toPath()
PluginFixture.copyShop(base, Paths.get(examplesDirectory, 'shop'))
// migrations.url and migrations.username (postgres) of a live database, and the shop's schema
PluginFixture.liveDatabase(base, 'command-line.properties', '', ['migrations.includeSchemas': 'public'])
return true
