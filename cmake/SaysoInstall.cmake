# SaysoInstall: filled in by packaging
