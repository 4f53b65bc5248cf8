// Copies examples/shop as committed: its migrations must already produce its declared schema.
import java.nio.file.*

def source = Paths.get(examplesDirectory, 'shop', 'src')
def target = basedir.toPath().resolve('src')
Files.walk(source).forEach { p ->
    def dest = target.resolve(source.relativize(p).toString())
    if (Files.isDirectory(p)) Files.createDirectories(dest) else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING)
}
return true
