import java.nio.file.*
import dev.dovetail.it.PluginFixture
def base = basedir.toPath()
PluginFixture.copyShop(base, Paths.get(examplesDirectory, 'shop'))
def baseline = base.resolve('drift-baseline.txt')
Files.writeString(baseline, '''# Accepted drift of the live database, one difference per line with its reason.
LIVE_EXTRA column public.customers.legacy_flag -- added by the support team before Dovetail (OPS-12)
''')
def accepted = ['migrations.driftBaseline': baseline.toString()]
def column = 'ALTER TABLE customers ADD COLUMN legacy_flag boolean'
PluginFixture.liveDatabase(base, 'live-as-deployed.properties', '', [:])
PluginFixture.liveDatabase(base, 'live-column-by-hand.properties', column, [:])
PluginFixture.liveDatabase(base, 'live-column-by-hand-accepted.properties', column, accepted)
PluginFixture.liveDatabase(base, 'live-column-and-index-by-hand-accepted.properties',
    column + '; CREATE INDEX orders_status_idx ON orders (status)', accepted)
return true
