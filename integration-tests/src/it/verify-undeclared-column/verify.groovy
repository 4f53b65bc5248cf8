dev.dovetail.it.PluginFixture.assertFailedWith(basedir.toPath(),
    'migrations:verify found 1 problem(s)',
    'NOT_MIGRATED column public.customers.phone: declared but not migrated; diff would write: Adds column phone to public.customers.',
    'next: run mvn migrations:diff and commit the migration it writes')
def report = new File(basedir, 'target/migrations/verify.md').text
assert report.contains('| 2 | migrations produce the declared schema | **1 problem(s)** |')
return true
