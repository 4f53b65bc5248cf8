// The checks of the report's content and HTML live in Java (test classpath): see PluginRoundTrip.
dev.dovetail.it.PluginRoundTrip.verifyReviewReport(basedir.toPath())
return true
