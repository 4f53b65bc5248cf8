import java.nio.file.*
dev.dovetail.it.PluginFixture.copyShop(basedir.toPath(), Paths.get(examplesDirectory, 'shop'))
new File(basedir, 'src/main/resources/db/schema/01_customers.sql').with { it.text = it.text.replace('    full_name   text NOT NULL,', '    full_name   text NOT NULL,\n    phone       varchar(32),') }
return true
