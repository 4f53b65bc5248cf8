import java.nio.file.*
import dev.dovetail.it.PluginFixture
def base = basedir.toPath()
PluginFixture.copyShop(base, Paths.get(examplesDirectory, 'shop'))
def url = PluginFixture.liveDatabaseWithPasswordRoles(base,
    ['dovetail_pw_plain': 'Plain-it-secret-3', 'dovetail_pw_encrypted': 'Encrypted-it-secret-7'])
PluginFixture.writeProperties(base, 'plain.properties', ['migrations.url': url, 'migrations.serverId': 'it-plain'])
PluginFixture.writeProperties(base, 'encrypted.properties', ['migrations.url': url, 'migrations.serverId': 'it-encrypted',
    'settings.security': base.resolve('settings-security.xml').toString()])
PluginFixture.writeProperties(base, 'no-password.properties', ['migrations.url': url, 'migrations.username': 'dovetail_pw_plain'])
PluginFixture.writeProperties(base, 'unknown-server.properties', ['migrations.url': url, 'migrations.serverId': 'staging-db'])
return true
