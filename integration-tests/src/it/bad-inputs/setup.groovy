import java.nio.file.*
import dev.dovetail.it.BadInputs
BadInputs.setup(basedir.toPath(), Paths.get(examplesDirectory, 'shop'), pluginVersion)
return true
