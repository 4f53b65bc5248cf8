import java.nio.file.*
import dev.dovetail.it.PluginFixture
def base = basedir.toPath()
PluginFixture.copyShop(base, Paths.get(examplesDirectory, 'shop'))
def url = PluginFixture.liveDatabaseWithPasswordRoles(base, ['dovetail_pw_debug': 'Debug-it-secret-5'])
PluginFixture.writeProperties(base, 'server.properties', ['migrations.url': url, 'migrations.serverId': 'it-debug'])
PluginFixture.writeProperties(base, 'environment.properties', ['migrations.url': url])
PluginFixture.writeProperties(base, 'password-property.properties',
    ['migrations.url': url, 'migrations.username': 'dovetail_pw_debug', 'migrations.password': 'Wrong-it-secret-9'])
return true
