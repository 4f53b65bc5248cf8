// The checks that need PostgreSQL live in Java (test classpath): see PluginRoundTrip.
dev.dovetail.it.PluginRoundTrip.verifyContractPromote(basedir.toPath(), java.nio.file.Paths.get(examplesDirectory, 'shop'))
return true
