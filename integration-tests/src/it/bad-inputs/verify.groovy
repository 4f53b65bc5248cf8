import dev.dovetail.it.BadInputs
BadInputs.verify(basedir.toPath())
return true
